using System.Globalization;
using System.Text;
using Analysis.Extraction;

namespace Analysis.Charts;

/// <summary>
/// Hover labels. plotly.js renders hover text as a small subset of HTML (&lt;br&gt;, &lt;b&gt;, ...), so
/// article text is escaped (&amp;, &lt;, &gt; as entities, which plotly shows as the characters) before
/// the library adds its own &lt;br&gt; line breaks: a quote can never inject markup into a label.
/// </summary>
public static class Hover
{
    /// <summary>The longest quote shown in a label, in characters; longer ones end with "…".</summary>
    public const int MaxQuoteLength = 280;

    private const int LineLength = 70;

    /// <summary>Escapes text for a plotly hover label.</summary>
    public static string Escape(string? text) =>
        (text ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Joins already-escaped lines into one label.</summary>
    public static string Lines(params string[] escapedLines) => string.Join("<br>", escapedLines);

    /// <summary>“quote” (wrapped, clipped), then speaker · outlet · date.</summary>
    public static string Of(Statement s)
    {
        var quote = s.Quote.ReplaceLineEndings(" ").Trim();
        if (quote.Length > MaxQuoteLength) quote = quote[..(MaxQuoteLength - 1)].TrimEnd() + "…";
        var source = string.Join(" · ", new[] { s.Speaker, s.Outlet, s.Date.ToIsoString() ?? "date unknown" }.Where(p => !string.IsNullOrEmpty(p)));
        return Lines([.. Wrap("“" + quote + "”").Select(Escape), "<b>" + Escape(source) + "</b>"]);
    }

    /// <summary>A number for a label: 3 decimals, "—" when missing.</summary>
    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineLength)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
