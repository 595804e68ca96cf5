using System.Buffers;

namespace Analysis.Text;

/// <summary>
/// Finds quoted runs inside one paragraph: curly double (“ ”), low-high („ “), guillemets (« »), straight
/// ("), and British single curly quotes (‘ ’). Inside a run of one style, marks of the other style are a
/// nested quote and do not end it. ’ is also the apostrophe: it closes a single-quoted run only at a word's
/// end ("don’t" never closes), and a plural possessive ("the workers’ pay") is passed over when a later
/// mark can close the run. Straight single quotes are ignored (too ambiguous). Linear in practice: the
/// possessive look-ahead is bounded.
/// </summary>
public static class QuoteScanner
{
    private const int MaxCloserLookahead = 400;

    public static bool IsOpening(char c) => c is '\u201C' or '\u201E' or '\u00AB' or '\u2018';

    public static bool IsClosing(char c) => c is '\u201D' or '\u00BB' or '\u2019';

    /// <summary>A mark that may open a quoted paragraph: the start of a continued, multi-paragraph quote.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201E' or '\u00AB' or '\u2018';

    /// <param name="continuesInNextParagraph">
    /// True when the next paragraph opens with a quotation mark: then an unclosed quote at the end of this
    /// paragraph is the first part of a multi-paragraph quote, not a stray mark.
    /// </param>
    public static void Scan(string text, TextSpan paragraph, bool continuesInNextParagraph, List<QuotedSpan> into)
    {
        int open = -1;
        bool single = false;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            // Only quotation marks change the state: jump to the next one (a vectorised search).
            int mark = text.AsSpan(i, paragraph.End - i).IndexOfAny(QuotationMarks);
            if (mark < 0) break;
            i += mark;
            char c = text[i];
            if (open < 0)
            {
                if (c is '\u201C' or '\u201E' or '\u00AB' || (c == '"' && IsStraightOpening(text, i, paragraph)))
                    (open, single) = (i, false);
                else if (c == '\u2018' && IsSingleOpening(text, i, paragraph))
                    (open, single) = (i, true);
                continue;
            }
            if (single)
            {
                if (c == '\u2019' && IsSingleClosing(text, i, paragraph) && !IsPossessiveBeforeLaterCloser(text, i, paragraph))
                {
                    into.Add(new QuotedSpan(new TextSpan(open, i + 1), new TextSpan(open + 1, i), Closed: true));
                    open = -1;
                }
                else if (c == '\u2018' && IsSingleOpening(text, i, paragraph))
                {
                    open = i;   // a second opening mark before any closing one: the first was stray.
                }
                continue;
            }
            if (c is '\u201D' or '\u00BB' or '"' || (c == '\u201C' && text[open] == '\u201E'))
            {
                into.Add(new QuotedSpan(new TextSpan(open, i + 1), new TextSpan(open + 1, i), Closed: true));
                open = -1;
            }
            else if (c is '\u201C' or '\u201E' or '\u00AB')
            {
                open = i;
            }
        }
        // No closing mark after `open` in this paragraph (any closing mark would have closed it), so no
        // later quote can close either: keep the run only when the quote visibly continues below.
        if (open >= 0 && continuesInNextParagraph && open + 1 < paragraph.End)
            into.Add(new QuotedSpan(new TextSpan(open, paragraph.End), new TextSpan(open + 1, paragraph.End), Closed: false));
    }

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\u201C\u201E\u00AB\"\u2018\u2019\u201D\u00BB");

    /// <summary>All quotes of the text, paragraph by paragraph, in order.</summary>
    public static List<QuotedSpan> ScanAll(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var quotes = new List<QuotedSpan>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            bool next = p + 1 < paragraphs.Count && IsQuoteMark(text[paragraphs[p + 1].Start]);
            Scan(text, paragraphs[p], next, quotes);
        }
        return quotes;
    }

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or '/' or '"' or '\u201C';

    // A straight quote opens a run when it follows a boundary and precedes a word, as in `said "we`; this
    // keeps inch marks (6'2") and closing marks from being read as openings.
    private static bool IsStraightOpening(string text, int i, TextSpan paragraph)
    {
        bool boundaryBefore = i == paragraph.Start || IsBoundary(text[i - 1]) && text[i - 1] is not ('"' or '\u201C');
        bool wordAfter = i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1]);
        return boundaryBefore && wordAfter;
    }

    // ‘ opens after a boundary and before a word: "were ‘completely", not "rock ‘n’ roll" mid-word.
    private static bool IsSingleOpening(string text, int i, TextSpan paragraph) =>
        (i == paragraph.Start || IsBoundary(text[i - 1])) && i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1]);

    // ’ closes at a word's end: after a non-space, before a space, punctuation or the paragraph's end.
    private static bool IsSingleClosing(string text, int i, TextSpan paragraph) =>
        i > paragraph.Start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= paragraph.End || !char.IsLetterOrDigit(text[i + 1]));

    // "the employers’ negotiators": s’ then a lower-case word is a plural possessive when another mark
    // further on can still close the run.
    private static bool IsPossessiveBeforeLaterCloser(string text, int i, TextSpan paragraph)
    {
        if (text[i - 1] != 's' || i + 2 >= paragraph.End || text[i + 1] != ' ' || !char.IsLower(text[i + 2])) return false;
        int limit = Math.Min(paragraph.End, i + MaxCloserLookahead);
        for (int j = i + 1; j < limit; j++)
        {
            if (text[j] == '\u2018' && IsSingleOpening(text, j, paragraph)) return false;
            if (text[j] == '\u2019' && IsSingleClosing(text, j, paragraph)) return true;
        }
        return false;
    }
}
