using System.Collections;
using System.Globalization;
using System.Text;
using Analysis.Display;
using Analysis.Output;
using Analysis.Text;

namespace Analysis.Tables;

/// <summary>
/// Typed rows that display as a table: aligned text (text/plain), a sortable HTML table (text/html; every
/// cell HTML-encoded, so article text can never become markup), and CSV. The columns are the public
/// properties of <typeparamref name="T"/>, so the rows are what a data-frame library's FromRecords takes.
/// </summary>
public sealed class Table<T> : IReadOnlyList<T>, IMimeRenderable
{
    /// <summary>How many rows a display shows unless told otherwise (exports always hold every row).</summary>
    public const int DefaultDisplayRows = 200;

    private readonly IReadOnlyList<T> rows;

    internal Table(IEnumerable<T> rows, string? caption, string? note, int displayRows = DefaultDisplayRows)
    {
        this.rows = rows.ToList();
        Caption = caption;
        Note = note;
        DisplayRows = displayRows;
        Columns = TableColumn.Of(typeof(T));
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The title shown above the table.</summary>
    public string? Caption { get; }

    /// <summary>A remark shown under the table (e.g. what was left out).</summary>
    public string? Note { get; }

    /// <summary>How many rows the text and HTML displays show.</summary>
    public int DisplayRows { get; }

    /// <summary>The same rows, displaying up to <paramref name="rows"/> of them.</summary>
    public Table<T> Show(int rows) => new(this.rows, Caption, Note, Math.Max(0, rows));

    /// <summary>The same rows under another caption.</summary>
    public Table<T> WithCaption(string caption) => new(rows, caption, Note, DisplayRows);

    /// <summary>CSV with a header row, every row included, values as in <see cref="TableColumn.Raw"/>.</summary>
    public string ToCsvString()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer);
        return writer.ToString();
    }

    /// <summary>Writes the CSV to <paramref name="path"/> all at once (a temporary file, then a rename).</summary>
    public void ToCsv(string path) => AtomicFile.WriteText(path, WriteCsv);

    /// <summary>An aligned text table (long cells cut to 60 characters), with caption and note.</summary>
    public string ToText()
    {
        const int maxWidth = 60;
        var shown = rows.Take(DisplayRows).Cast<object>().ToList();
        var cells = shown.Select(r => Columns.Select(c => Clip(OneLine(c.Display(r)), maxWidth)).ToArray()).ToList();
        var widths = Columns.Select((c, i) => cells.Select(r => r[i].Length).Append(c.Name.Length).Max()).ToArray();
        var text = new StringBuilder();
        if (Caption is not null) text.AppendLine(Caption);
        AppendLine(text, Columns.Select(c => c.Name).ToArray(), widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in cells) AppendLine(text, row, widths);
        if (rows.Count > shown.Count) text.AppendLine($"… {rows.Count - shown.Count} more rows ({rows.Count} in all)");
        if (Note is not null) text.AppendLine(Note);
        return text.ToString();

        void AppendLine(StringBuilder sb, string[] values, int[] w) =>
            sb.AppendLine(string.Join("  ", values.Select((v, i) => Columns[i].IsNumeric ? v.PadLeft(w[i]) : v.PadRight(w[i]))).TrimEnd());
    }

    /// <summary>The HTML table (see <see cref="HtmlTable"/>).</summary>
    public string ToHtml() => HtmlTable.Render(Columns, rows.Take(DisplayRows).Cast<object>().ToList(), rows.Count, Caption, Note);

    public IReadOnlyDictionary<string, object> ToMimeBundle() => new Dictionary<string, object>
    {
        [MimeTypes.Plain] = ToText(),
        [MimeTypes.Html] = ToHtml(),
    };

    public int Count => rows.Count;

    public T this[int index] => rows[index];

    public IEnumerator<T> GetEnumerator() => rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => ToText();

    private void WriteCsv(TextWriter writer)
    {
        Csv.WriteRow(writer, Columns.Select(c => c.Name));
        foreach (var row in rows) Csv.WriteRow(writer, Columns.Select(c => c.Raw(row!)));
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ").Replace('\t', ' ');

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
