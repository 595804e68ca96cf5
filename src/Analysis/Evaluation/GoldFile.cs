using System.Text.Json;

namespace Analysis.Evaluation;

/// <summary>Reads a gold JSON-lines file: one <see cref="GoldStatement"/> per non-blank line.</summary>
public static class GoldFile
{
    /// <summary>The gold statements of <paramref name="path"/>; a bad line is bad input naming the file and line.</summary>
    public static IReadOnlyList<GoldStatement> Load(string path)
    {
        if (!System.IO.File.Exists(path)) throw new InputException($"{path}: gold file not found");
        var statements = new List<GoldStatement>();
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                statements.Add(JsonSerializer.Deserialize<GoldStatement>(line)
                    ?? throw new InputException($"{path}:{number}: expected a JSON object, found null"));
            }
            catch (JsonException e)
            {
                // Missing required fields (file, speaker, quote) land here too, with the field named by the serializer.
                throw new InputException($"{path}:{number}: not a gold statement: {e.Message}", e);
            }
        }
        return statements;
    }
}
