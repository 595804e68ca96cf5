using System.Buffers;

namespace Analysis.Text;

/// <summary>
/// Splits a paragraph into sentences at . ! ? followed by a capitalised word or an opening quote.
/// Never inside a quotation: a multi-sentence quote stays in the sentence that carries its cue, which is
/// what attribution needs (“We can talk to them. We do talk to them,” he said). Linear.
/// </summary>
public static class SentenceSegmenter
{
    /// <param name="quotes">The paragraph's quotes, sorted by start.</param>
    public static void Split(string text, TextSpan paragraph, IReadOnlyList<QuotedSpan> quotes, int firstQuote, List<TextSpan> into)
    {
        int start = paragraph.Start, q = firstQuote;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            while (q < quotes.Count && quotes[q].Outer.End <= i) q++;
            if (q < quotes.Count && quotes[q].Outer.Start <= i)
            {
                // Inside a quote: jump to its close, which ends a sentence only when the quoted words did
                // (“... first.” Then ...).
                int close = quotes[q].Outer.End;
                if (quotes[q].Closed && close - 2 >= quotes[q].Outer.Start && text[close - 2] is '.' or '!' or '?' && StartsSentence(text, close, paragraph.End))
                {
                    into.Add(new TextSpan(start, close));
                    start = NextNonSpace(text, close, paragraph.End);
                }
                i = close - 1;
                continue;
            }
            // Only . ! ? can end a sentence before the next quote: jump to the next one (a vectorised search)
            // rather than testing every character. Quotes are sorted and disjoint, so none starts before quote q.
            int limit = q < quotes.Count ? Math.Min(quotes[q].Outer.Start, paragraph.End) : paragraph.End;
            int mark = text.AsSpan(i, limit - i).IndexOfAny(SentenceMarks);
            if (mark < 0) { i = limit - 1; continue; }
            i += mark;
            char c = text[i];
            if (c == '.' && EndsWithAbbreviation(text, paragraph.Start, i)) continue;
            int after = i + 1;
            while (after < paragraph.End && text[after] is ')' or ']') after++;
            if (!StartsSentence(text, after, paragraph.End)) continue;
            into.Add(new TextSpan(start, after));
            start = NextNonSpace(text, after, paragraph.End);
            i = start - 1;
        }
        if (start < paragraph.End) into.Add(new TextSpan(start, paragraph.End));
    }

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?");

    private static bool StartsSentence(string text, int at, int end)
    {
        if (at >= end || !char.IsWhiteSpace(text[at])) return false;
        int j = NextNonSpace(text, at, end);
        return j < end && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || QuoteScanner.IsOpening(text[j]) || text[j] == '"');
    }

    private static int NextNonSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    private static bool EndsWithAbbreviation(string text, int floor, int dot)
    {
        int s = dot;
        while (s > floor && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        return Abbreviations.IsAbbreviation(text.AsSpan(s, dot - s));
    }
}
