using System.Text.Json;

namespace Analysis.Tests.Scoring;

/// <summary>
/// The eleven development golds with a stance label (the seeds and held-out sets 1, 2, 3, 5, 6, 9, 10, 12, 14 and 15), read
/// for their non-optional lines: quote, cue, gold stance and gold sentiment (-2..2; <see cref="DevGoldStatements"/>).
/// Held-out sets 4, 7, 8, 11, 13 and 16 are left out on purpose: they are the unseen check, and nothing may be chosen or
/// fitted on them.
/// </summary>
internal static class StanceDevCorpora
{
    public sealed record Line(string Corpus, string File, string Quote, string Cue, string Stance, double Sentiment);

    public static IReadOnlyList<string> Names { get; } =
        ["seeds", "Heldout", "Heldout2", "Heldout3", "Heldout5", "Heldout6", "Heldout9", "Heldout10", "Heldout12", "Heldout14", "Heldout15"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Line>>> All = new(Load);

    public static IReadOnlyList<Line> Of(string corpus) => All.Value[corpus];

    public static string GoldPath(string corpus) => corpus == "seeds"
        ? RepositoryPaths.Gold
        : Path.Combine(RepositoryPaths.Root, "tests", "Analysis.Tests", "Fixtures", corpus, corpus.ToLowerInvariant() + ".gold.jsonl");

    private static IReadOnlyDictionary<string, IReadOnlyList<Line>> Load() =>
        Names.ToDictionary(n => n, n => (IReadOnlyList<Line>)File.ReadLines(GoldPath(n))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => !(e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True))
            .Select(e => new Line(n, e.GetProperty("file").GetString()!, e.GetProperty("quote").GetString()!,
                e.TryGetProperty("cue", out var c) ? c.GetString() ?? "" : "", e.GetProperty("stance").GetString()!,
                e.GetProperty("sentiment").GetDouble()))
            .ToList());
}
