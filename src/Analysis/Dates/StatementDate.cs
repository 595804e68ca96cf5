using System.Globalization;

namespace Analysis.Dates;

/// <summary>
/// The day (or month) a statement was made, with the words that fix it. For month precision
/// <see cref="Value"/> is the first of the month. <see cref="ToleranceDays"/> is non-zero where the
/// evidence spans days ("this weekend").
/// </summary>
public sealed record StatementDate(DateOnly? Value, DatePrecision Precision, string? Evidence, int ToleranceDays = 0)
{
    public static StatementDate Unknown { get; } = new(null, DatePrecision.Unknown, null);

    public static StatementDate OnDay(DateOnly day, string evidence, int toleranceDays = 0) =>
        new(day, DatePrecision.Day, evidence, toleranceDays);

    public static StatementDate InMonth(int year, int month, string evidence) =>
        new(new DateOnly(year, month, 1), DatePrecision.Month, evidence);

    /// <summary>yyyy-MM-dd for a day, yyyy-MM for a month (as in the gold annotations), null when unknown.</summary>
    public string? ToIsoString() => Precision switch
    {
        DatePrecision.Day when Value is { } d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month when Value is { } m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => null,
    };
}
