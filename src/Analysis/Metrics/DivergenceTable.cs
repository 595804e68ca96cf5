using System.Collections;
using Analysis.Display;
using Analysis.Tables;

namespace Analysis.Metrics;

/// <summary>
/// The result of <see cref="Divergence.Between"/>: one <see cref="DivergenceRow"/> per period from the first
/// statement of either side to the last. Displays as a table; chart it with <c>Chart.Divergence</c>.
/// </summary>
public sealed class DivergenceTable : IReadOnlyList<DivergenceRow>, IMimeRenderable
{
    private readonly IReadOnlyList<DivergenceRow> rows;

    internal DivergenceTable(Side a, Side b, Period period, DivergenceOptions options, IReadOnlyList<DivergenceRow> rows, DroppedStatements dropped)
    {
        A = a;
        B = b;
        Period = period;
        Options = options;
        this.rows = rows;
        Dropped = dropped;
    }

    public Side A { get; }

    public Side B { get; }

    public Period Period { get; }

    public DivergenceOptions Options { get; }

    /// <summary>Statements of either side that are in no period (unknown date, or month-only in a finer period).</summary>
    public DroppedStatements Dropped { get; }

    /// <summary>The row of the period with key <paramref name="period"/>, or null when it is outside the range.</summary>
    public DivergenceRow? this[DateOnly period] => rows.FirstOrDefault(r => r.Period == period);

    /// <summary>The row with the widest stance gap (largest |gap|), or null when the sides never spoke in the same period.</summary>
    public DivergenceRow? Peak => rows.Where(r => r.Gap is not null).MaxBy(r => Math.Abs(r.Gap!.Value));

    /// <summary>The rows as a table (HTML, text, CSV).</summary>
    public Table<DivergenceRow> ToTable() =>
        Table.From(rows,
            $"{A.Name} (A) vs. {B.Name} (B) by {Period.Name}: stance gap = mean A − mean B, " +
            $"{Options.Confidence:P0} bootstrap interval ({Options.Resamples} resamples), JSD of their words",
            Dropped.Describe(Period));

    /// <summary>Writes the rows as CSV (atomically).</summary>
    public void ToCsv(string path) => ToTable().ToCsv(path);

    public IReadOnlyDictionary<string, object> ToMimeBundle() => ToTable().ToMimeBundle();

    public int Count => rows.Count;

    public DivergenceRow this[int index] => rows[index];

    public IEnumerator<DivergenceRow> GetEnumerator() => rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => ToTable().ToText();
}
