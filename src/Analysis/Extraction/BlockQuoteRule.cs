using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// A paragraph that ends with a cue and a colon ("Nauert told reporters:", "which she explained as
/// follows:") introduces a block quote: the next paragraph is the speaker's words, with or without
/// quotation marks. Without marks, the block goes on through the next paragraphs while they speak in the
/// first person ("I urge the parties ..."), as press releases print a speech. Found before mentions, so that
/// names inside the block are not taken for subjects.
/// </summary>
public static class BlockQuoteRule
{
    private const int MaxContinuedParagraphs = 5;

    /// <summary>
    /// Marks each block quote's paragraphs as quoted; returns, per introducing paragraph, the block's first paragraph.
    /// <paramref name="continued"/> gets the paragraphs that go on with an unmarked block.
    /// </summary>
    public static Dictionary<int, int> MarkBlocks(TextLayout layout, int commentStart, HashSet<int> continued)
    {
        var blocks = new Dictionary<int, int>();
        for (int s = 0; s < layout.Sentences.Count; s++)
        {
            var sentence = layout.Sentences[s];
            int p = sentence.Paragraph;
            bool lastOfParagraph = s + 1 == layout.Sentences.Count || layout.Sentences[s + 1].Paragraph != p;
            if (!lastOfParagraph || p + 1 >= layout.Paragraphs.Count || layout.Paragraphs[p + 1].Start >= commentStart) continue;
            int colon = sentence.EndToken - 1;
            if (colon <= sentence.FirstToken || !layout.IsPunct(colon, ':') || layout.Quoted[colon]) continue;
            if (!EndsWithCue(layout, sentence, colon)) continue;
            blocks[p] = p + 1;
            bool unmarked = !QuoteScanner.IsQuoteMark(layout.Text[layout.Paragraphs[p + 1].Start]);
            layout.MarkQuoted(layout.Paragraphs[p + 1]);
            for (int q = p + 2; unmarked && q < layout.Paragraphs.Count && q <= p + 1 + MaxContinuedParagraphs && layout.Paragraphs[q].Start < commentStart && IsFirstPerson(layout, layout.Paragraphs[q]); q++)
            {
                continued.Add(q);
                layout.MarkQuoted(layout.Paragraphs[q]);
            }
        }
        return blocks;
    }

    private static readonly FrozenSet<string> FirstPerson = WordSet.Exact("I", "we", "We", "my", "My", "our", "Our", "us");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonBySpan = FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>();

    // Unmarked prose that speaks as "I" or "we" outside any quote, and opens with no mark of its own.
    private static bool IsFirstPerson(TextLayout layout, TextSpan paragraph)
    {
        if (QuoteScanner.IsQuoteMark(layout.Text[paragraph.Start])) return false;
        for (int t = layout.FirstTokenAtOrAfter(paragraph.Start); t < layout.Tokens.Count && layout.Tokens[t].End <= paragraph.End; t++)
            if (layout.Tokens[t].IsWord && !layout.Quoted[t] && FirstPersonBySpan.Contains(layout.Span(t))) return true;
        return false;
    }

    private static bool EndsWithCue(TextLayout layout, Sentence sentence, int colon)
    {
        // The cue, with its complement, must reach the colon ("told reporters:"); look only at the last few words.
        for (int t = Math.Max(sentence.FirstToken, colon - 8); t < colon; t++)
            if (CueLexicon.Match(layout, t, sentence) is { } cue && cue.EndToken == colon) return true;
        return false;
    }
}
