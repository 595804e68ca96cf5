using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// What turns a stance phrase around. The sentiment negators (VADER's "not", "never", "n't" …), plus the
/// pronouns that deny an act by denying its agent ("nobody wants a confrontation", "no one is talking about
/// war"), plus dispreference: "rather X than Y" and "instead of Y" speak against Y.
/// </summary>
internal static class StanceNegators
{
    private static readonly FrozenSet<string> Agentless = FrozenSet.ToFrozenSet(["nobody", "no-one", "noone"]);

    /// <summary>Whether token <paramref name="j"/> negates what follows it in its clause (false past either end: rules look ahead).</summary>
    public static bool Negates(StanceContext context, int j)
    {
        if (j < 0 || j >= context.Tokens.Count) return false;
        var word = context.Tokens[j].Lower;
        if (Agentless.Contains(word)) return true;
        if (word == "than") return PrecededInSentenceBy(context, j, "rather");
        if (word == "of") return j > 0 && context.Tokens[j - 1].Lower == "instead";
        return SentimentWords.IsNegator(word) && !SentimentWords.IsNonNegatingIdiom(word, NextWord(context, j));
    }

    private static bool PrecededInSentenceBy(StanceContext context, int j, string word)
    {
        var (start, _) = context.SentenceOf(j);
        for (var k = j - 1; k >= start; k--)
            if (context.Tokens[k].Lower == word) return true;
        return false;
    }

    private static string NextWord(StanceContext context, int j) =>
        j + 1 < context.Tokens.Count ? context.Tokens[j + 1].Lower : "";
}
