using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// A paragraph that ends with a cue and a colon ("Nauert told reporters:", "which she explained as
/// follows:") introduces a block quote: the next paragraph is the speaker's words, with or without
/// quotation marks. Found before mentions, so that names inside the block are not taken for subjects.
/// </summary>
public static class BlockQuoteRule
{
    /// <summary>Marks each block quote's paragraph as quoted; returns, per introducing paragraph, the block's paragraph.</summary>
    public static Dictionary<int, int> MarkBlocks(TextLayout layout, int commentStart)
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
            layout.MarkQuoted(layout.Paragraphs[p + 1]);
        }
        return blocks;
    }

    private static bool EndsWithCue(TextLayout layout, Sentence sentence, int colon)
    {
        // The cue, with its complement, must reach the colon ("told reporters:"); look only at the last few words.
        for (int t = Math.Max(sentence.FirstToken, colon - 8); t < colon; t++)
            if (CueLexicon.Match(layout, t, sentence) is { } cue && cue.EndToken == colon) return true;
        return false;
    }
}
