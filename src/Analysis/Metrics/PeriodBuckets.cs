using Analysis.Extraction;

namespace Analysis.Metrics;

/// <summary>
/// Statements sorted into the periods they fall in, with the full run of period keys from the first to the
/// last (empty periods included, so that metrics can report them as gaps rather than skip or zero them).
/// </summary>
internal sealed class PeriodBuckets
{
    private readonly Dictionary<DateOnly, List<Statement>> byKey = [];

    public PeriodBuckets(IEnumerable<Statement> statements, Period period)
    {
        Period = period;
        DateOnly? first = null, last = null;
        foreach (var s in statements)
        {
            if (!period.Admits(s.Date)) continue;
            var day = s.Date.Value!.Value;
            first = first is { } f && f <= day ? f : day;
            last = last is { } l && l >= day ? l : day;
            foreach (var key in period.KeysOf(day))
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.Add(s);
            }
        }
        Keys = first is { } start && last is { } end
            ? period.KeysBetween(period.KeyOf(start), period.KeyOf(end)).ToList()
            : [];
    }

    public Period Period { get; }

    /// <summary>Every period key from the first statement's to the last's, in order.</summary>
    public IReadOnlyList<DateOnly> Keys { get; }

    public IReadOnlyList<Statement> In(DateOnly key) => byKey.TryGetValue(key, out var list) ? list : [];
}
