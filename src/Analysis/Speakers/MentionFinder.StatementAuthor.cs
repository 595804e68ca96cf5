using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    private const int MaxStatementAuthorDistance = 80;
    private const int MaxStatementAuthorLookBack = 6;
    private const int MaxWordsToStatement = 5;

    // "The Department of Transport said in a statement that ... “The door is open,” the statement said.": the statement
    // speaks for whoever issued it, the nearest name or institution just met that said or issued "a statement".
    private static readonly FrozenSet<string> Documents = WordSet.Exact("statement");

    private static Mention? StatementAuthor(TextLayout layout, int t, int end, List<Mention> mentions)
    {
        if (!TheArticle.Contains(layout.Word(t)) || t + 1 >= end || layout.Quoted[t + 1] || !Documents.Contains(layout.Word(t + 1)) || !SaysNext(layout, t + 2)) return null;
        for (int i = mentions.Count - 1; i >= 0 && i >= mentions.Count - MaxStatementAuthorLookBack && t - mentions[i].EndToken <= MaxStatementAuthorDistance; i--)
            if (mentions[i] is { Kind: MentionKind.Name or MentionKind.Institution, Possessive: false } author && IssuesStatement(layout, author.EndToken))
                return new Mention { Span = Span(layout, t, t + 2), FirstToken = t, EndToken = t + 2, Kind = author.Kind, Text = author.Text, Role = author.Role, Gender = author.Gender };
        return null;
    }

    // "said in a statement", "issued a statement", "said on Tuesday in a written statement": "a statement" within a few words.
    private static bool IssuesStatement(TextLayout layout, int from)
    {
        for (int j = from; j < layout.Tokens.Count && j < from + MaxWordsToStatement && layout.Tokens[j].IsWord && !layout.Quoted[j]; j++)
            if (Documents.Contains(layout.Word(j)) && (layout.IsWord(j - 1, "a") || j >= 2 && layout.IsWord(j - 2, "a"))) return true;
        return false;
    }
}
