using Analysis.Text;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    private const int MaxDescriptionTailWords = 4;

    // "the chairman of the Seimas foreign affairs committee, Algirdas Petkus,": words the description's label left out
    // ("affairs committee"), then the comma of the name in apposition.
    private static bool RunsOnTo(TextLayout layout, int from, int comma)
    {
        if (comma <= from || comma - from > MaxDescriptionTailWords || !layout.IsPunct(comma, ',')) return false;
        for (int t = from; t < comma; t++)
            if (!layout.Tokens[t].IsWord || layout.Quoted[t] || FunctionWords.Contains(layout.Word(t)) && !layout.IsWord(t, "of")) return false;
        return true;
    }

    private static Mention Extended(TextLayout layout, Mention description, int endToken) =>
        description with { Span = Span(layout, description.FirstToken, endToken), EndToken = endToken };
}
