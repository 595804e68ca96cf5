using System.Globalization;
using Analysis.Scoring;

namespace Analysis.Tests.Scoring;

/// <summary>
/// The human-rated New York Times editorial sentences (Hutto &amp; Gilbert 2014 ground truth, the dev half in
/// ../shared/data/nyt-sentiment), read once for the sentiment tests.
/// </summary>
internal static class NytDev
{
    public static string Path => SharedData.PathOf("data/nyt-sentiment/dev.tsv");

    private static readonly Lazy<IReadOnlyList<RatedSentence>> Rated = new(() => Read(Path));

    public static IReadOnlyList<RatedSentence> Sentences => Rated.Value;

    /// <summary>The editorial each of <see cref="Sentences"/> comes from: the part of its id before '_' ("12_3" → "12").</summary>
    public static IReadOnlyList<string> Articles => ArticleIds.Value;

    private static readonly Lazy<IReadOnlyList<string>> ArticleIds = new(() =>
        File.ReadLines(Path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t', 2)[0].Split('_')[0]).ToList());

    /// <summary>Plain tab-separated lines (id, mean_rating, text), not RFC 4180: sentences open with '' and " freely.</summary>
    public static IReadOnlyList<RatedSentence> Read(string path)
    {
        var rows = File.ReadLines(path).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t', 3))
            .Select(f => RatedSentence.Read(f[2], double.Parse(f[1], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.True(rows.Count > 2500, $"{path} holds only {rows.Count} rows");
        return rows;
    }
}
