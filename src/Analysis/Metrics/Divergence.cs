using Analysis.Extraction;

namespace Analysis.Metrics;

/// <summary>
/// How far apart two speakers or camps are:
/// <c>Divergence.Between(statements, Side.Speaker("Donald Trump"), Side.Affiliation("State Department"), Period.Day)</c>
/// per period, or <c>Divergence.Matrix(statements, minStatements: 5)</c> between all speakers at once.
/// </summary>
/// <remarks>
/// Two measures: the <b>stance gap</b>, mean stance of A minus mean stance of B (negative when A is the more
/// hawkish), with a seeded percentile-bootstrap interval (<see cref="Bootstrap"/>); and the <b>lexical
/// divergence</b>, the Jensen–Shannon divergence of their words (<see cref="JensenShannon"/>). A period in
/// which either side is silent has no gap and no JSD (null), never a zero.
/// </remarks>
public static class Divergence
{
    /// <summary>Per-period divergence between two sides, over every period from either side's first statement to the last.</summary>
    public static DivergenceTable Between(IEnumerable<Statement> statements, Side a, Side b, Period period, DivergenceOptions? options = null)
    {
        options ??= DivergenceOptions.Default;
        var relevant = statements.Where(s => a.Includes(s) || b.Includes(s)).ToList();
        var buckets = new PeriodBuckets(relevant, period);
        var rows = buckets.Keys.Select(key =>
        {
            var inPeriod = buckets.In(key);
            var (start, end) = period.Bounds(key);
            var (gap, jsd) = Compare(
                inPeriod.Where(a.Includes).ToList(), inPeriod.Where(b.Includes).ToList(),
                options with { Seed = unchecked(options.Seed * 397 + key.DayNumber) });
            return new DivergenceRow(
                key, gap?.Estimate, gap?.Low, gap?.High, jsd,
                inPeriod.Count(a.Includes), inPeriod.Count(b.Includes),
                Aggregate.MeanOrNull(inPeriod.Where(a.Includes).ToList(), s => s.Scores.StanceScore),
                Aggregate.MeanOrNull(inPeriod.Where(b.Includes).ToList(), s => s.Scores.StanceScore),
                start, end);
        }).ToList();
        return new DivergenceTable(a, b, period, options, rows, DroppedStatements.Of(relevant, period));
    }

    /// <summary>
    /// The whole-corpus divergence between every two speakers with at least <paramref name="minStatements"/>
    /// statements (dated or not: the matrix has no time axis).
    /// </summary>
    public static DivergenceMatrix Matrix(IEnumerable<Statement> statements, int minStatements = 5, DivergenceOptions? options = null) =>
        Matrix(statements, s => s.Speaker, minStatements, options);

    /// <summary>The whole-corpus divergence between every two groups (affiliations, outlets, ...) with enough statements.</summary>
    public static DivergenceMatrix Matrix(IEnumerable<Statement> statements, Func<Statement, string?> key, int minStatements = 5, DivergenceOptions? options = null)
    {
        options ??= DivergenceOptions.Default;
        var groups = statements
            .Where(s => !string.IsNullOrEmpty(key(s)))
            .GroupBy(s => key(s)!, StringComparer.Ordinal)
            .Where(g => g.Count() >= Math.Max(1, minStatements))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        // Each group's words and resampled means are computed once, not once per pair: a corpus with a few
        // thousand statements and dozens of speakers would otherwise take minutes.
        var samples = groups.Select((g, i) =>
        {
            var stances = g.Select(s => s.Scores.StanceScore).ToList();
            return (Mean: stances.Average(), Resampled: Bootstrap.ResampledMeans(stances, options.Resamples, unchecked(options.Seed * 397 + i)),
                    Words: JensenShannon.WordCounts(g.Select(s => s.Quote)), Count: stances.Count);
        }).ToList();
        var cells = new List<DivergenceCell>();
        for (var i = 0; i < groups.Count; i++)
        {
            var a = samples[i];
            cells.Add(new DivergenceCell(groups[i].Key, groups[i].Key, 0, 0, 0, JensenShannon.Divergence(a.Words, a.Words), a.Count, a.Count));
            for (var j = i + 1; j < groups.Count; j++)
            {
                // Each pair is computed once and mirrored, so that [b, a] is exactly the negation of [a, b].
                var b = samples[j];
                var (estimate, low, high) = Bootstrap.Difference(a.Mean - b.Mean, a.Resampled, b.Resampled, options.Confidence);
                var jsd = JensenShannon.Divergence(a.Words, b.Words);
                cells.Add(new DivergenceCell(groups[i].Key, groups[j].Key, estimate, low, high, jsd, a.Count, b.Count));
                cells.Add(new DivergenceCell(groups[j].Key, groups[i].Key, -estimate, -high, -low, jsd, b.Count, a.Count));
            }
        }
        return new DivergenceMatrix(groups.Select(g => g.Key).ToList(), cells, minStatements, options);
    }

    private static (Interval? Gap, double? Jsd) Compare(IReadOnlyList<Statement> a, IReadOnlyList<Statement> b, DivergenceOptions options)
    {
        if (a.Count == 0 || b.Count == 0) return (null, null);
        var gap = Bootstrap.MeanDifference(
            a.Select(s => s.Scores.StanceScore).ToList(), b.Select(s => s.Scores.StanceScore).ToList(),
            options.Resamples, options.Seed, options.Confidence);
        return (gap, JensenShannon.Between(a, b));
    }
}
