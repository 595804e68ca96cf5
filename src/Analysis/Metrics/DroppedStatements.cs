using Analysis.Dates;
using Analysis.Extraction;

namespace Analysis.Metrics;

/// <summary>
/// The statements a time-based metric left out, and why, so every table and chart can say what it does not
/// show: <see cref="Undated"/> have no known date; <see cref="MonthOnly"/> are dated only to the month and
/// the period is finer than a month (they enter monthly periods only).
/// </summary>
public sealed record DroppedStatements(int Undated, int MonthOnly)
{
    public static DroppedStatements None { get; } = new(0, 0);

    public int Total => Undated + MonthOnly;

    /// <summary>Counts what <paramref name="period"/> leaves out of <paramref name="statements"/>.</summary>
    public static DroppedStatements Of(IEnumerable<Statement> statements, Period period)
    {
        int undated = 0, monthOnly = 0;
        foreach (var s in statements)
        {
            if (period.Admits(s.Date)) continue;
            if (s.Date.Value is not null && s.Date.Precision == DatePrecision.Month) monthOnly++;
            else undated++;
        }
        return new(undated, monthOnly);
    }

    /// <summary>A sentence for a table caption or chart note, or null when nothing was dropped.</summary>
    public string? Describe(Period period)
    {
        if (Total == 0) return null;
        var parts = new List<string>();
        if (Undated > 0) parts.Add($"{Undated} statement{(Undated == 1 ? "" : "s")} without a known date");
        if (MonthOnly > 0) parts.Add($"{MonthOnly} dated only to the month (too coarse for a {period.Name})");
        return "Not shown: " + string.Join("; ", parts) + ".";
    }
}
