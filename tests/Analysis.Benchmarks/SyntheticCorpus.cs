using Analysis.Corpus;

namespace Analysis.Benchmarks;

/// <summary>
/// A deterministic corpus of any size built from shuffled real paragraphs (the seed articles'), so that
/// throughput is measured on realistic news text: quotes, cues, names, dates.
/// </summary>
public static class SyntheticCorpus
{
    public static IReadOnlyList<Article> Build(string seedsFolder, int articleCount, int seed = 20171001)
    {
        var paragraphs = CorpusLoader.LoadFolder(seedsFolder)
            .SelectMany(a => a.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Length > 40)
            .ToArray();
        var random = new Random(seed);
        var start = new DateOnly(2017, 1, 1);
        var articles = new Article[articleCount];
        for (var i = 0; i < articleCount; i++)
        {
            var count = random.Next(6, 16);
            var text = string.Join("\n\n", Enumerable.Range(0, count).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
            articles[i] = new Article
            {
                Id = $"synthetic-{i:D5}",
                Text = text,
                Outlet = "synthetic",
                Published = start.AddDays(random.Next(365)),
            };
        }
        return articles;
    }

    /// <summary>Finds the repository's seeds folder from the working directory or the binary's folder.</summary>
    public static string FindSeeds()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(seeds, "manifest.csv"))) return seeds;
            }
        }
        throw new DirectoryNotFoundException("cannot find the repository's seeds/ folder; run from inside the repository");
    }
}
