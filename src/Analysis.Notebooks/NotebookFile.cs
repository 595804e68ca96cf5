using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Output;

namespace Analysis.Notebooks;

/// <summary>Reads and writes .ipynb files. Bad files become an <see cref="InputException"/> naming the file.</summary>
public static class NotebookFile
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        // Notebook JSON is not embedded in HTML here, so keep non-ASCII text readable in diffs.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static NotebookDocument Read(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: notebook not found");
        JsonNode? root;
        try
        {
            using var stream = File.OpenRead(path);
            root = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: not a valid notebook: invalid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: cannot read the notebook: {e.Message}", e);
        }
        if (root is not JsonObject obj || obj["cells"] is not JsonArray cells)
            throw new InputException($"{path}: not a Jupyter notebook (no \"cells\" list)");
        if (obj["nbformat"] is JsonValue version && version.TryGetValue<int>(out var major) && major != 4)
            throw new InputException($"{path}: nbformat {major} is not supported (only nbformat 4)");
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || cell["cell_type"] is not JsonValue)
                throw new InputException($"{path}: cell {i + 1} has no cell_type");
        }
        return new NotebookDocument(obj, path);
    }

    /// <summary>Writes atomically: a failure part-way leaves the previous file (or none), never half a notebook.</summary>
    public static void Write(string path, NotebookDocument notebook) =>
        AtomicFile.Write(path, stream =>
        {
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 1, Encoder = WriteOptions.Encoder }))
            {
                notebook.Root.WriteTo(writer, WriteOptions);
            }
            stream.WriteByte((byte)'\n');
        });
}
