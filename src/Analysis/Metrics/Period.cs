using Analysis.Dates;

namespace Analysis.Metrics;

/// <summary>
/// How statements are grouped in time: calendar days, ISO weeks (Monday to Sunday), calendar months, or
/// rolling windows of N days. A period is named by its <em>key</em> date: the first day of a day, week or
/// month, and the <em>last</em> day of a rolling window (the window "as of" that day).
/// </summary>
/// <remarks>
/// Only statements whose date is known precisely enough enter: day-precision dates enter every period;
/// month-precision dates ("in September") enter <see cref="Month"/> only, because placing them on a day or
/// week would invent a precision the article does not give. Unknown dates enter nothing. A date's
/// <see cref="StatementDate.ToleranceDays"/> is ignored: the statement counts on its stated day.
/// </remarks>
public sealed class Period
{
    private enum Unit { Day, Week, Month, Rolling }

    private readonly Unit unit;

    private Period(Unit unit, int days, string name)
    {
        this.unit = unit;
        Days = days;
        Name = name;
    }

    /// <summary>Calendar days.</summary>
    public static Period Day { get; } = new(Unit.Day, 1, "day");

    /// <summary>ISO weeks, Monday to Sunday, named by their Monday.</summary>
    public static Period Week { get; } = new(Unit.Week, 7, "week");

    /// <summary>Calendar months, named by their first day. The only period month-precision dates enter.</summary>
    public static Period Month { get; } = new(Unit.Month, 0, "month");

    /// <summary>
    /// A window of <paramref name="days"/> days ending on each day, named by its last day. A statement enters
    /// every window that covers its day, so window counts add up to more than the number of statements.
    /// </summary>
    public static Period Rolling(int days) =>
        days >= 1
            ? new(Unit.Rolling, days, $"{days}-day rolling window")
            : throw new ArgumentOutOfRangeException(nameof(days), days, "A rolling window spans at least one day.");

    /// <summary>"day", "week", "month" or "7-day rolling window".</summary>
    public string Name { get; }

    /// <summary>The window length in days (0 for months, whose length varies).</summary>
    public int Days { get; }

    /// <summary>True for rolling windows, whose periods overlap.</summary>
    public bool IsRolling => unit == Unit.Rolling;

    /// <summary>Whether a statement with this date enters periods of this kind (see the remarks on <see cref="Period"/>).</summary>
    public bool Admits(StatementDate date) => date.Value is not null && date.Precision switch
    {
        DatePrecision.Day => true,
        DatePrecision.Month => unit == Unit.Month,
        _ => false,
    };

    /// <summary>The key of the calendar period holding <paramref name="day"/> (for rolling windows, the day itself).</summary>
    public DateOnly KeyOf(DateOnly day) => unit switch
    {
        Unit.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        Unit.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    /// <summary>The keys of every period holding <paramref name="day"/>: one, or N for a rolling window.</summary>
    public IEnumerable<DateOnly> KeysOf(DateOnly day) =>
        unit == Unit.Rolling ? Enumerable.Range(0, Days).Select(day.AddDays) : [KeyOf(day)];

    /// <summary>Every period key from <paramref name="first"/> to <paramref name="last"/> (both keys), in order, gaps included.</summary>
    public IEnumerable<DateOnly> KeysBetween(DateOnly first, DateOnly last)
    {
        for (var key = first; key <= last; key = Next(key)) yield return key;
    }

    /// <summary>The first and last day (inclusive) a period key covers.</summary>
    public (DateOnly Start, DateOnly End) Bounds(DateOnly key) => unit switch
    {
        Unit.Day => (key, key),
        Unit.Week => (key, key.AddDays(6)),
        Unit.Month => (key, key.AddMonths(1).AddDays(-1)),
        _ => (key.AddDays(1 - Days), key),
    };

    private DateOnly Next(DateOnly key) => unit switch
    {
        Unit.Week => key.AddDays(7),
        Unit.Month => key.AddMonths(1),
        _ => key.AddDays(1),
    };

    public override string ToString() => Name;
}
