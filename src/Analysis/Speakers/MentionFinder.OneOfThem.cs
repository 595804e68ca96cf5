using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    private const int MaxOneOfThemDistance = 60;
    private const int MaxOneOfThemLookBack = 4;

    // "People familiar with the investigation said ... One of them said ...": one of the unnamed sources just met, under
    // their label (a description of that label, so Coreference finds them).
    private static readonly FrozenSet<string> One = WordSet.Exact("one", "One");

    private static Mention? OneOfThem(TextLayout layout, int t, List<Mention> mentions)
    {
        // ("of" after the word is tested first: it turns away nearly every capitalised token without a look-up.)
        if (t + 2 >= layout.Tokens.Count || !layout.IsWord(t + 1, "of") || !One.Contains(layout.Word(t)) || !layout.IsWord(t + 2, "them") || !SaysNext(layout, t + 3)) return null;
        for (int i = mentions.Count - 1; i >= 0 && i >= mentions.Count - MaxOneOfThemLookBack && t - mentions[i].EndToken <= MaxOneOfThemDistance; i--)
            if (mentions[i] is { Kind: MentionKind.Anonymous, Role: { } head } sources && (TitleLexicon.IsPluralHead(head) || head == "people"))
                return new Mention { Span = Span(layout, t, t + 3), FirstToken = t, EndToken = t + 3, Kind = MentionKind.Definite, Text = sources.Text, Role = head };
        return null;
    }
}
