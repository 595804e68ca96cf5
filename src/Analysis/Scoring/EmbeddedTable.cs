using System.Reflection;

namespace Analysis.Scoring;

/// <summary>Reads a tab-separated table embedded in this assembly: '#' lines and blank lines are comments.</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Rows(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the Analysis assembly (a build problem).");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
