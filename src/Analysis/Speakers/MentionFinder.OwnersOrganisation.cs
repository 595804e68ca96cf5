using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    private static readonly FrozenSet<string> OrganisationPossessives = WordSet.Exact("their", "Their", "its", "Its");
    private static readonly FrozenSet<string> TheArticle = WordSet.Exact("the", "The");

    // "the nurses' union said", "the seamen's union", "their union announced", "its union": an organisation named by
    // the people it belongs to. It is an organisation referent like "the union" (Coreference finds which one).
    private static Mention? OwnersOrganisation(TextLayout layout, int t, int end)
    {
        var first = layout.Word(t);
        int noun;
        if (OrganisationPossessives.Contains(first)) noun = t + 1;
        else if (TheArticle.Contains(first) && t + 2 < end && layout.Tokens[t + 1].IsWord && !layout.Quoted[t + 1] && char.IsLower(layout.Text[layout.Tokens[t + 1].Start]))
        {
            // "seamen's" is one token; "nurses'" is the word and its apostrophe.
            noun = StripPossessive(layout.Word(t + 1)).Possessive ? t + 2
                : layout.Word(t + 1).EndsWith('s') && !layout.Tokens[t + 2].IsWord && layout.Text[layout.Tokens[t + 2].Start] is '\'' or '\u2019'
                  && layout.Tokens[t + 2].Start == layout.Tokens[t + 1].End ? t + 3 : -1;
        }
        else return null;
        // ("the governor's office said" is the office of a person described: Description reads it.)
        if (noun == t + 2 && (TitleLexicon.PersonHeads.Contains(StripPossessive(layout.Word(t + 1)).Word) || TitleLexicon.AnonymousHeads.Contains(StripPossessive(layout.Word(t + 1)).Word))) return null;
        if (noun < 0 || noun >= end || !layout.Tokens[noun].IsWord || layout.Quoted[noun]) return null;
        var word = layout.Word(noun);
        if (!char.IsLower(word[0]) || !TitleLexicon.OrganisationReferents.Contains(word) || NextIsHead(layout, noun + 1, end) || !SaysNext(layout, noun + 1)) return null;
        // ("the clerk's office said": an office belongs to the one holding it, not to its members; Description reads it.)
        if (noun == t + 2 && word == "office") return null;
        var referent = word.ToLowerInvariant();
        return new Mention { Span = Span(layout, t, noun + 1), FirstToken = t, EndToken = noun + 1, Kind = MentionKind.Definite, Text = referent, Role = referent };
    }
}
