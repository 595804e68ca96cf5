using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// A sentence that is only a quote, with no cue of its own, continues the quote of the sentence just
/// before it (“...,” Tillerson added. “They’re a little overheated ...”), also across a paragraph break,
/// as news style does. Scare quotes inside a sentence never qualify: the quote must open the sentence.
/// </summary>
public static class ContinuationRule
{
    public const string Cue = "(continuation)";

    /// <param name="found">Statements so far, in text order; continuations are inserted in order.</param>
    public static List<FoundStatement> Apply(TextLayout layout, List<FoundStatement> found, int commentStart)
    {
        var bySentence = new Dictionary<int, FoundStatement>();
        foreach (var f in found) bySentence[f.Sentence] = f;
        var result = new List<FoundStatement>(found.Count);
        int next = 0;
        for (int s = 0; s < layout.Sentences.Count; s++)
        {
            while (next < found.Count && found[next].Sentence <= s) result.Add(found[next++]);
            var sentence = layout.Sentences[s];
            if (sentence.Span.Start >= commentStart || bySentence.ContainsKey(s) || s == 0) continue;
            if (!bySentence.TryGetValue(s - 1, out var previous) || previous.Kind == StatementKind.Indirect) continue;
            if (layout.QuoteAt(sentence.Span.Start) is not { } quote || quote.Outer.Start != sentence.Span.Start) continue;
            if (quote.Outer.End < sentence.Span.End - 1 || quote.Inner.IsEmpty) continue;
            var continued = new FoundStatement(previous.Speaker, previous.Kind, quote.Inner, new TextSpan(quote.Inner.Start, quote.Inner.Start), Cue, s);
            bySentence[s] = continued;
            result.Add(continued);
        }
        while (next < found.Count) result.Add(found[next++]);
        return result;
    }
}
