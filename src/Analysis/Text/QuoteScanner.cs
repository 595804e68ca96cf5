namespace Analysis.Text;

/// <summary>
/// Finds double-quoted runs inside one paragraph: curly (“ ”), low-high („ “), guillemets (« ») and
/// straight ("). Single quotes are ignored on purpose: ’ is also the apostrophe, and single quotes in
/// news are nested quotes inside a double-quoted run. One pass, linear in the paragraph's length.
/// </summary>
public static class QuoteScanner
{
    public static bool IsOpening(char c) => c is '\u201C' or '\u201E' or '\u00AB';

    public static bool IsClosing(char c) => c is '\u201D' or '\u00BB';

    public static bool IsDoubleQuote(char c) => c == '"' || IsOpening(c) || IsClosing(c);

    /// <param name="continuesInNextParagraph">
    /// True when the next paragraph opens with a quotation mark: then an unclosed quote at the end of this
    /// paragraph is the first part of a multi-paragraph quote, not a stray mark.
    /// </param>
    public static void Scan(string text, TextSpan paragraph, bool continuesInNextParagraph, List<QuotedSpan> into)
    {
        int open = -1;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            if (open < 0)
            {
                if (IsOpening(c) || (c == '"' && IsStraightOpening(text, i, paragraph)))
                    open = i;
                continue;
            }
            if (IsClosing(c) || c == '"' || (c == '\u201C' && text[open] == '\u201E'))
            {
                into.Add(new QuotedSpan(new TextSpan(open, i + 1), new TextSpan(open + 1, i), Closed: true));
                open = -1;
            }
            else if (IsOpening(c))
            {
                // A second opening mark before any closing one: the first was stray; start again here.
                open = i;
            }
        }
        // No closing mark after `open` in this paragraph (any closing mark would have closed it), so no
        // later quote can close either: keep the run only when the quote visibly continues below.
        if (open >= 0 && continuesInNextParagraph && open + 1 < paragraph.End)
            into.Add(new QuotedSpan(new TextSpan(open, paragraph.End), new TextSpan(open + 1, paragraph.End), Closed: false));
    }

    /// <summary>All quotes of the text, paragraph by paragraph, in order.</summary>
    public static List<QuotedSpan> ScanAll(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var quotes = new List<QuotedSpan>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            bool next = p + 1 < paragraphs.Count && IsDoubleQuote(text[paragraphs[p + 1].Start]);
            Scan(text, paragraphs[p], next, quotes);
        }
        return quotes;
    }

    // A straight quote opens a run when it follows a boundary and precedes a word, as in `said "we`; this
    // keeps inch marks (6'2") and closing marks from being read as openings.
    private static bool IsStraightOpening(string text, int i, TextSpan paragraph)
    {
        bool boundaryBefore = i == paragraph.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or '/';
        bool wordAfter = i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1]);
        return boundaryBefore && wordAfter;
    }
}
