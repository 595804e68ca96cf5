using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// "If the slowdown resumes, we will go straight back to court", "If he won't listen to letters, he will have to listen
/// to this": a condition put to the other side, then what will follow, is the form of an ultimatum (CAMEO 13,
/// threaten) whatever its words. A sentence that opens with "if" or "unless" (after at most a conjunction) and whose
/// main clause, after the comma, turns on "will", "'ll" or "won't" within <see cref="MainClauseReach"/> words is a
/// weak hawkish cue ("would" is left out: "if X, Y would follow" is as often a hypothetical as a threat). It is a cue
/// only in a sentence with no stance phrase of its own: there the phrases say what is at stake ("If diplomacy fails,
/// the alliance will decide", "If they come back to the table, we will talk").
/// </summary>
internal static class Ultimatum
{
    private const int MainClauseReach = 6;

    public static StancePhrase Phrase { get; } = new("if …, … will", ["if", StancePhrase.Gap, "will"], -0.4, StanceKind.Threat,
        "the form of an ultimatum: a condition, then what will follow", CarriesTone: false);

    private static readonly FrozenSet<string> Conditions = FrozenSet.ToFrozenSet(["if", "unless"]);
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(["but", "and", "so", "now"]);
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["will", "won't", "shall"]);

    /// <summary>
    /// The ultimatums in <paramref name="tokens"/>, from the condition word to the main clause's modal, in sentences
    /// that hold none of the phrases <paramref name="matches"/>.
    /// </summary>
    public static IEnumerable<StanceMatch> Find(List<ScoringToken> tokens, IReadOnlyList<StanceMatch> matches)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !Conditions.Contains(tokens[i].Lower) || !OpensSentence(tokens, i)) continue;
            if (ModalOfMainClause(tokens, i) is not { } modal) continue;
            var end = modal;
            while (end < tokens.Count - 1 && !tokens[end].EndsSentence) end++;
            var start = i;
            while (start > 0 && !tokens[start - 1].EndsSentence) start--;
            if (!HoldsMatch(matches, start, end)) yield return new StanceMatch(Phrase, i, modal);
        }
    }

    // A plain loop, not Any with a lambda: the lambda's captures would make a closure at every token of every statement.
    private static bool HoldsMatch(IReadOnlyList<StanceMatch> matches, int start, int end)
    {
        for (var m = 0; m < matches.Count; m++)
            if (matches[m].First >= start && matches[m].Last <= end) return true;
        return false;
    }

    /// <summary>Whether token <paramref name="i"/> opens its sentence, after at most one conjunction ("But if ...").</summary>
    private static bool OpensSentence(List<ScoringToken> tokens, int i)
    {
        var before = 0;
        for (var j = i - 1; j >= 0 && !tokens[j].EndsSentence; j--)
        {
            if (!tokens[j].IsWord) continue;
            if (++before > 1 || !Openers.Contains(tokens[j].Lower)) return false;
        }
        return true;
    }

    /// <summary>The modal of the clause after the condition's comma, or null if the sentence or clause ends first.</summary>
    private static int? ModalOfMainClause(List<ScoringToken> tokens, int condition)
    {
        var j = condition + 1;
        while (j < tokens.Count && !tokens[j].IsComma)
        {
            if (tokens[j].EndsClause) return null;
            j++;
        }
        var words = 0;
        for (j++; j < tokens.Count && words < MainClauseReach; j++)
        {
            var t = tokens[j];
            if (t.EndsClause || t.IsComma) return null;
            if (!t.IsWord) continue;
            if (Modals.Contains(t.Lower) || t.Lower.EndsWith("'ll", StringComparison.Ordinal)) return j;
            words++;
        }
        return null;
    }
}
