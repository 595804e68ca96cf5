using Analysis.Tables;

namespace Analysis.Metrics;

/// <summary>
/// The result of <see cref="Divergence.Between"/>: one <see cref="DivergenceRow"/> per period from the first
/// statement of either side to the last. Displays as a table; chart it with <c>Chart.Divergence</c>.
/// </summary>
public sealed class DivergenceTable : RowTable<DivergenceRow>
{
    internal DivergenceTable(Side a, Side b, Period period, DivergenceOptions options, IReadOnlyList<DivergenceRow> rows, DroppedStatements dropped) : base(rows)
    {
        A = a;
        B = b;
        Period = period;
        Options = options;
        Dropped = dropped;
    }

    public Side A { get; }

    public Side B { get; }

    public Period Period { get; }

    public DivergenceOptions Options { get; }

    /// <summary>Statements of either side that are in no period (unknown date, or month-only in a finer period).</summary>
    public DroppedStatements Dropped { get; }

    /// <summary>The row of the period with key <paramref name="period"/>, or null when it is outside the range.</summary>
    public DivergenceRow? this[DateOnly period] => Rows.FirstOrDefault(r => r.Period == period);

    /// <summary>The row with the widest stance gap (largest |gap|), or null when the sides never spoke in the same period.</summary>
    public DivergenceRow? Peak => Rows.Where(r => r.Gap is not null).MaxBy(r => Math.Abs(r.Gap!.Value));

    /// <summary>The rows, captioned with the two sides, the interval and what was left out.</summary>
    public override Table<DivergenceRow> ToTable() =>
        Table.From(Rows,
            $"{A.Name} (A) vs. {B.Name} (B) by {Period.Name}: stance gap = mean A − mean B, " +
            $"{Options.Confidence:P0} bootstrap interval ({Options.Resamples} resamples), JSD of their words",
            Dropped.Describe(Period));
}
