using Analysis.Tables;

namespace Analysis.Metrics;

/// <summary>
/// The result of <see cref="Aggregate"/>: one <see cref="AggregateRow"/> per group and period (every period
/// from the first dated statement to the last, for every group, empty ones included), plus what was left
/// out. Displays as a table; chart it with <c>Chart.Line</c>, <c>Chart.Bar</c> or <c>Chart.StackedBar</c>.
/// </summary>
public sealed class Aggregation : RowTable<AggregateRow>
{
    internal Aggregation(string groupedBy, Period period, IReadOnlyList<AggregateRow> rows, DroppedStatements dropped) : base(rows)
    {
        GroupedBy = groupedBy;
        Period = period;
        Dropped = dropped;
    }

    /// <summary>What the groups are ("speaker", "affiliation", ...).</summary>
    public string GroupedBy { get; }

    public Period Period { get; }

    /// <summary>Statements that are in no period (unknown date, or month-only dates in a finer period).</summary>
    public DroppedStatements Dropped { get; }

    /// <summary>The group names, largest first (by statement count), then by name.</summary>
    public IReadOnlyList<string> Groups => Rows
        .GroupBy(r => r.Group)
        .OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key).ToList();

    /// <summary>The period keys, in order.</summary>
    public IReadOnlyList<DateOnly> Periods => Rows.Select(r => r.Period).Distinct().Order().ToList();

    /// <summary>The rows of one group, in period order.</summary>
    public IReadOnlyList<AggregateRow> Of(string group) => Rows.Where(r => r.Group == group).ToList();

    /// <summary>The row of <paramref name="group"/> for the period with key <paramref name="period"/>, or null when there is none.</summary>
    public AggregateRow? this[string group, DateOnly period] => Rows.FirstOrDefault(r => r.Group == group && r.Period == period);

    /// <summary>Keeps only the <paramref name="count"/> largest groups (by statements), e.g. the top 5 speakers.</summary>
    public Aggregation Top(int count)
    {
        var keep = Groups.Take(count).ToHashSet(StringComparer.Ordinal);
        return new(GroupedBy, Period, Rows.Where(r => keep.Contains(r.Group)).ToList(), Dropped);
    }

    /// <summary>The rows, captioned with what was aggregated and what was left out.</summary>
    public override Table<AggregateRow> ToTable() =>
        Table.From(Rows, $"Statements by {GroupedBy} and {Period.Name}", Dropped.Describe(Period));
}
