using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// A sentence that is only a quote, with no cue of its own, continues the quote of the sentence just
/// before it (“...,” Tillerson added. “They’re a little overheated ...”), also across a paragraph break,
/// as news style does. Scare quotes inside a sentence never qualify: the quote must open the sentence.
/// A quote running over several paragraphs opens each with a mark and closes only at its end: the open
/// paragraphs belong to the speaker before them, or, when the quote opens the passage, to the cue of the
/// paragraph that closes it ("“The United States stands with ... ¶ “We expect Russia to ...,” Bush said.").
/// </summary>
public static class ContinuationRule
{
    public const string Cue = "(continuation)";

    /// <param name="found">Statements so far, in text order; continuations are inserted in order.</param>
    public static List<FoundStatement> Apply(TextLayout layout, List<FoundStatement> found, int commentStart)
    {
        var bySentence = new Dictionary<int, FoundStatement>();
        foreach (var f in found) bySentence[f.Sentence] = f;
        // A quote left open at its paragraph's end covers that paragraph's later sentences: the next paragraph continues from the last.
        foreach (var f in found) bySentence.TryAdd(LastSentence(layout, f.Span), f);
        var result = new List<FoundStatement>(found.Count);
        int next = 0;
        for (int s = 0; s < layout.Sentences.Count; s++)
        {
            while (next < found.Count && found[next].Sentence <= s) result.Add(found[next++]);
            var sentence = layout.Sentences[s];
            if (sentence.Span.Start >= commentStart || bySentence.ContainsKey(s) || s == 0) continue;
            if (layout.QuoteAt(sentence.Span.Start) is not { } quote || quote.Outer.Start != sentence.Span.Start) continue;
            if (quote.Outer.End < sentence.Span.End - 1 || quote.Inner.IsEmpty) continue;
            if (!bySentence.TryGetValue(s - 1, out var previous) && !AfterBeat(layout, bySentence, s, out previous)
                || previous.Kind == StatementKind.Indirect && !EndsWithCue(layout, previous, sentence.Paragraph))
            {
                if (quote.Closed || Closing(layout, bySentence, s) is not { } closing) continue;
                previous = closing;
            }
            // (After reported words, the quote is the speaker's own: direct.)
            var continued = new FoundStatement(previous.Speaker, previous.Kind == StatementKind.Indirect ? StatementKind.Direct : previous.Kind, quote.Inner, new TextSpan(quote.Inner.Start, quote.Inner.Start), Cue, s);
            bySentence[s] = continued;
            bySentence.TryAdd(LastSentence(layout, quote.Inner), continued);
            result.Add(continued);
        }
        while (next < found.Count) result.Add(found[next++]);
        return result;
    }

    // "..., owner Rita Kastner said. “The kitchen had two feet of water in it.”": reported words with the cue after them,
    // then a quote in the same paragraph with no cue of its own: the same speaker goes on, in her own words.
    private static bool EndsWithCue(TextLayout layout, FoundStatement previous, int paragraph) =>
        previous.Span.End <= previous.CueSpan.Start && layout.Sentences[previous.Sentence].Paragraph == paragraph;

    // “...,” says Mensah. She laughs, then doesn't. “A lot of girls ...”: a short sentence of the speaker's own doing
    // ("She laughs", "He pauses") between two quotes of one paragraph does not hand the quote to anyone else.
    private static bool AfterBeat(TextLayout layout, Dictionary<int, FoundStatement> bySentence, int s, out FoundStatement previous)
    {
        previous = null!;
        if (s < 2) return false;
        var beat = layout.Sentences[s - 1];
        if (beat.Paragraph != layout.Sentences[s].Paragraph || layout.Sentences[s - 2].Paragraph != beat.Paragraph) return false;
        if (beat.EndToken - beat.FirstToken > MaxBeatTokens || !layout.Tokens[beat.FirstToken].IsWord || layout.Word(beat.FirstToken) is not ("He" or "She" or "They")) return false;
        for (int t = beat.FirstToken; t < beat.EndToken; t++)
            if (layout.Quoted[t] || !layout.Tokens[t].IsWord && layout.QuoteAt(layout.Tokens[t].Start) is not null) return false;
        return bySentence.TryGetValue(s - 2, out previous!) && previous.Kind != StatementKind.Indirect;
    }

    private const int MaxBeatTokens = 10;

    private static int LastSentence(TextLayout layout, TextSpan span) =>
        layout.SentenceOf[Math.Max(0, layout.FirstTokenAtOrAfter(span.End) - 1)];

    private const int MaxOpenParagraphs = 6;

    // The direct statement of the paragraph that closes a quote opened at sentence s: following paragraphs that
    // open with a mark, the last of them attributed at its start (“...,” Bush said).
    private static FoundStatement? Closing(TextLayout layout, Dictionary<int, FoundStatement> bySentence, int s)
    {
        int paragraph = layout.Sentences[s].Paragraph;
        for (int t = s + 1, seen = 0; t < layout.Sentences.Count && seen < MaxOpenParagraphs; t++)
        {
            var sentence = layout.Sentences[t];
            if (sentence.Paragraph == paragraph) continue;
            paragraph = sentence.Paragraph;
            seen++;
            if (layout.QuoteAt(sentence.Span.Start) is not { } quote || quote.Outer.Start != sentence.Span.Start) return null;
            if (quote.Closed)
                return bySentence.TryGetValue(t, out var f) && f.Kind != StatementKind.Indirect && f.Span == quote.Inner ? f : null;
        }
        return null;
    }
}
