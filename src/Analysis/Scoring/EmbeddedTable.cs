using System.Reflection;

namespace Analysis.Scoring;

/// <summary>Reads a text resource embedded in this assembly: as raw lines, or as a tab-separated table.</summary>
internal static class EmbeddedTable
{
    /// <summary>The rows of a tab-separated table: '#' lines and blank lines are comments.</summary>
    public static IEnumerable<string[]> Rows(string resourceName)
    {
        foreach (var line in Lines(resourceName))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    public static IEnumerable<string> Lines(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the Analysis assembly (a build problem).");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
