using Analysis.Extraction;

namespace Analysis.Metrics;

/// <summary>
/// Counts and mean scores of statements per group and period:
/// <c>Aggregate.BySpeaker(statements, Period.Week)</c>,
/// <c>Aggregate.By(statements, s =&gt; s.Affiliation, Period.Month, "affiliation")</c>.
/// </summary>
/// <remarks>
/// Every group gets a row for every period from the first dated statement to the last, so empty periods
/// show as gaps (count 0, means null) instead of vanishing or reading as neutral. Statements without a
/// usable date are left out and counted in <see cref="Aggregation.Dropped"/>; month-precision dates enter
/// <see cref="Period.Month"/> only. For calendar periods the counts add up to the number of statements
/// admitted; a rolling window counts a statement in each window covering its day.
/// </remarks>
public static class Aggregate
{
    /// <summary>The group name for statements whose key is missing (no affiliation, ...).</summary>
    public const string Unknown = "(unknown)";

    /// <summary>Groups by any key: speaker, affiliation, outlet, kind, a camp of your own.</summary>
    public static Aggregation By(IEnumerable<Statement> statements, Func<Statement, string?> key, Period period, string groupedBy = "group")
    {
        var list = statements as IReadOnlyCollection<Statement> ?? statements.ToList();
        var buckets = new PeriodBuckets(list, period);
        var groups = list.Where(s => period.Admits(s.Date)).Select(s => GroupOf(key, s)).Distinct().Order(StringComparer.Ordinal).ToList();
        var byPeriod = buckets.Keys.ToDictionary(k => k, k => buckets.In(k).ToLookup(s => GroupOf(key, s), StringComparer.Ordinal));
        var rows = new List<AggregateRow>(groups.Count * buckets.Keys.Count);
        foreach (var group in groups)
        {
            foreach (var periodKey in buckets.Keys)
            {
                var inGroup = byPeriod[periodKey][group].ToList();
                var (start, end) = period.Bounds(periodKey);
                rows.Add(new AggregateRow(
                    group, periodKey, start, end, inGroup.Count,
                    MeanOrNull(inGroup, s => s.Scores.Sentiment),
                    MeanOrNull(inGroup, s => s.Scores.StanceScore),
                    inGroup.Count(s => s.Scores.Stance == Scoring.Stance.Hawkish),
                    inGroup.Count(s => s.Scores.Stance == Scoring.Stance.Conciliatory),
                    inGroup.Count(s => s.Scores.Stance == Scoring.Stance.Neutral)));
            }
        }
        return new Aggregation(groupedBy, period, rows, DroppedStatements.Of(list, period));
    }

    /// <summary>Per canonical speaker.</summary>
    public static Aggregation BySpeaker(IEnumerable<Statement> statements, Period period) =>
        By(statements, s => s.Speaker, period, "speaker");

    /// <summary>Per affiliation (White House, State Department, ...); statements without one form "(unknown)".</summary>
    public static Aggregation ByAffiliation(IEnumerable<Statement> statements, Period period) =>
        By(statements, s => s.Affiliation, period, "affiliation");

    /// <summary>All statements together, one row per period.</summary>
    public static Aggregation Overall(IEnumerable<Statement> statements, Period period) =>
        By(statements, _ => "all statements", period, "corpus");

    private static string GroupOf(Func<Statement, string?> key, Statement s) =>
        key(s) is { Length: > 0 } name ? name : Unknown;

    internal static double? MeanOrNull(IReadOnlyCollection<Statement> statements, Func<Statement, double> value) =>
        statements.Count == 0 ? null : statements.Average(value);
}
