using System.Text;

namespace Analysis.Text;

/// <summary>
/// RFC 4180 delimited text: fields separated by a delimiter (',' for CSV, '\t' for TSV), optionally
/// wrapped in double quotes, with "" standing for one quote inside a quoted field. Newlines inside
/// quoted fields are kept. Kept here, small, because the corpus manifest, the score TSV and the table
/// exports are all this and nothing more.
/// </summary>
public static class Csv
{
    /// <summary>A parsed row, with the 1-based line number it starts on (for error messages).</summary>
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    /// <summary>Reads every row, the header included. Never throws on malformed quoting: an unclosed quote runs to the end.</summary>
    public static IEnumerable<Row> Read(TextReader reader, char delimiter = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, rowLine = 1;
        bool inQuotes = false, fieldStarted = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            if (ch == '"' && !fieldStarted) { inQuotes = true; fieldStarted = true; }
            else if (ch == delimiter) { fields.Add(field.ToString()); field.Clear(); fieldStarted = false; }
            else if (ch == '\r' && reader.Peek() == '\n') { }
            else if (ch == '\n' || ch == '\r')
            {
                fields.Add(field.ToString());
                yield return new Row(rowLine, fields.ToArray());
                fields.Clear(); field.Clear(); fieldStarted = false; any = false;
                rowLine = ++line;
            }
            else { field.Append(ch); fieldStarted = true; }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return new Row(rowLine, fields.ToArray());
        }
    }

    /// <summary>Quotes a field when it holds the delimiter, a quote or a line break.</summary>
    public static string Escape(string? value, char delimiter = ',')
    {
        value ??= "";
        return value.AsSpan().IndexOfAny(['"', '\n', '\r', delimiter]) < 0
            ? value
            : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields, char delimiter = ',') =>
        writer.Write(string.Join(delimiter, fields.Select(f => Escape(f, delimiter))) + "\n");
}
