using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    private const int MaxStatementAuthorDistance = 80;
    private const int MaxStatementAuthorLookBack = 6;
    private const int MaxWordsToStatement = 5;
    private const int MaxWordsFromOpeningDocument = 16;

    // "The Department of Transport said in a statement that ... “The door is open,” the statement said.": a document speaks
    // for whoever issued it, the nearest name or institution just met that said or issued one ("In a letter to the prime
    // minister, the rebels' negotiator wrote ... The letter added", "The union announced it on X ... the post said").
    private static readonly FrozenSet<string> Documents = WordSet.Exact("statement", "letter", "post", "memo", "notice");

    // Where a post is put: "posted on Facebook", "announced the postponement on X".
    private static readonly FrozenSet<string> Platforms = WordSet.Exact("X", "Twitter", "Facebook", "Instagram", "Threads", "Bluesky", "LinkedIn", "TikTok");

    private static Mention? StatementAuthor(TextLayout layout, int t, int end, List<Mention> mentions)
    {
        if (!TheArticle.Contains(layout.Word(t)) || t + 1 >= end || layout.Quoted[t + 1] || !Documents.Contains(layout.Word(t + 1)) || !SaysNext(layout, t + 2)) return null;
        var document = layout.Word(t + 1);
        for (int i = mentions.Count - 1; i >= 0 && i >= mentions.Count - MaxStatementAuthorLookBack && t - mentions[i].EndToken <= MaxStatementAuthorDistance; i--)
            if (mentions[i] is { Kind: MentionKind.Name or MentionKind.Institution or MentionKind.Definite, Possessive: false } author
                && (IssuesDocument(layout, author.EndToken, document) || OpensWithDocument(layout, author.FirstToken, document)))
                return new Mention { Span = Span(layout, t, t + 2), FirstToken = t, EndToken = t + 2, Kind = author.Kind, Text = author.Text, Role = author.Role, Gender = author.Gender };
        return null;
    }

    // "said in a statement", "issued a statement", "said on Tuesday in a written statement": "a statement" within a few words;
    // a post also by "posted" or the platform it went to.
    private static bool IssuesDocument(TextLayout layout, int from, string document)
    {
        for (int j = from; j < layout.Tokens.Count && j < from + MaxWordsToStatement + 1 && layout.Tokens[j].IsWord && !layout.Quoted[j]; j++)
        {
            if (j < from + MaxWordsToStatement && layout.IsWord(j, document) && (layout.IsWord(j - 1, "a") || j >= 2 && layout.IsWord(j - 2, "a"))) return true;
            if (document == "post" && (layout.IsWord(j, "posted") || layout.IsWord(j - 1, "on") && Platforms.Contains(layout.Word(j)))) return true;
        }
        return false;
    }

    // "In a letter to the prime minister, the rebels' chief negotiator, Selvarajah Kumaran, wrote": the document opens the
    // author's sentence. (Not "said in a statement that the Minister was ...": the one inside the words is no author.)
    private static bool OpensWithDocument(TextLayout layout, int author, string document)
    {
        for (int j = author - 1; j >= 1 && j >= author - MaxWordsFromOpeningDocument && !(layout.Tokens[j].IsWord ? false : layout.Text[layout.Tokens[j].Start] is '.' or '!' or '?'); j--)
            if (layout.IsWord(j, document) && layout.IsWord(j - 1, "a") && j >= 2 && layout.Tokens[j - 2].IsWord && layout.Word(j - 2) == "In") return true;
        return false;
    }
}
