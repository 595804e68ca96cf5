namespace Analysis.Dates;

/// <summary>How precisely a statement's date is known.</summary>
public enum DatePrecision
{
    Unknown,
    Month,
    Day,
}
