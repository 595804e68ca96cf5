using Analysis.Extraction;

namespace Analysis.Tables;

/// <summary>
/// Tables a researcher can read: <c>Table.Of(statements)</c> for one row per statement,
/// <c>Table.From(anyRecords)</c> for any typed rows (a LINQ projection, an aggregation's rows).
/// </summary>
public static class Table
{
    /// <summary>One <see cref="StatementRow"/> per statement, in the given order.</summary>
    public static Table<StatementRow> Of(IEnumerable<Statement> statements, string? caption = null) =>
        new(statements.Select(StatementRow.From), caption ?? "Statements", note: null);

    /// <summary>Any rows: the columns are the row type's public properties, in declaration order.</summary>
    public static Table<T> From<T>(IEnumerable<T> rows, string? caption = null, string? note = null) => new(rows, caption, note);
}
