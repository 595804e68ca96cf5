using System.Text.Json;

namespace Analysis.Benchmarks;

/// <summary>Writes the synthetic corpus as JSON lines, to measure the CLI's memory on corpora of growing size.</summary>
public static class SyntheticCorpusFile
{
    public static void Write(string path, int articleCount)
    {
        using var output = new StreamWriter(path);
        foreach (var article in SyntheticCorpus.Build(SyntheticCorpus.FindSeeds(), articleCount))
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                id = article.Id,
                outlet = article.Outlet,
                title = (string?)null,
                published = article.Published?.ToString("yyyy-MM-dd"),
                text = article.Text,
            }));
        }
    }
}
