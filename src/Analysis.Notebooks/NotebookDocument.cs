using System.Text.Json.Nodes;

namespace Analysis.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4) held as its JSON tree, so that metadata the runner does not know
/// (VS Code's, papermill's, a user's) survives a run untouched. Helpers read and write the few parts
/// the runner needs.
/// </summary>
public sealed class NotebookDocument(JsonObject root, string path)
{
    public const string ParametersTag = "parameters";
    public const string InjectedParametersTag = "injected-parameters";

    /// <summary>The file the notebook was read from (used in messages and to resolve #r paths).</summary>
    public string Path { get; } = path;

    public JsonObject Root { get; } = root;

    public JsonArray Cells => Root["cells"] as JsonArray ?? throw new InvalidOperationException("validated on load");

    public static string CellType(JsonObject cell) => (string?)cell["cell_type"] ?? "";

    /// <summary>A cell's source joined into one string (nbformat allows a string or a list of lines).</summary>
    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue text => (string?)text ?? "",
        _ => "",
    };

    /// <summary>Splits text into nbformat's list-of-lines form: every line but the last keeps its "\n".</summary>
    public static JsonArray SourceLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    public static bool HasTag(JsonObject cell, string tag) =>
        cell["metadata"]?["tags"] is JsonArray tags && tags.Any(t => t is JsonValue v && (string?)v == tag);

    /// <summary>A new C# code cell with the metadata VS Code's Polyglot extension and Jupyter expect.</summary>
    public static JsonObject NewCodeCell(string id, string source, params string[] tags) => new()
    {
        ["cell_type"] = "code",
        ["id"] = id,
        ["metadata"] = CSharpCellMetadata(tags),
        ["execution_count"] = null,
        ["outputs"] = new JsonArray(),
        ["source"] = SourceLines(source),
    };

    public static JsonObject CSharpCellMetadata(params string[] tags)
    {
        var metadata = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        };
        if (tags.Length > 0) metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray());
        return metadata;
    }

    /// <summary>The .NET Interactive kernelspec: VS Code and Jupyter pick the C# kernel from it.</summary>
    public static JsonObject KernelSpec() => new()
    {
        ["display_name"] = ".NET (C#)",
        ["language"] = "C#",
        ["name"] = ".net-csharp",
    };

    public static JsonObject LanguageInfo() => new()
    {
        ["file_extension"] = ".cs",
        ["mimetype"] = "text/x-csharp",
        ["name"] = "C#",
        ["pygments_lexer"] = "csharp",
        ["version"] = "13.0",
    };

    /// <summary>
    /// Brings the notebook to nbformat 4.5 as the validator expects it: the version numbers, a kernelspec and
    /// language_info, and a valid unique id on every cell.
    /// </summary>
    public void NormalizeFormat()
    {
        Root["nbformat"] = 4;
        Root["nbformat_minor"] = 5;
        if (Root["metadata"] is not JsonObject metadata) Root["metadata"] = metadata = new JsonObject();
        if (metadata["kernelspec"] is not JsonObject) metadata["kernelspec"] = KernelSpec();
        if (metadata["language_info"] is not JsonObject) metadata["language_info"] = LanguageInfo();
        CellIds.Assign(Cells.OfType<JsonObject>());
    }
}
