using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Force or pressure named as the subject of a predicate that denies or condemns it is opposed, which is
/// conciliatory: "escalation is in the interest of neither country", "war is not the answer", "tariffs will not
/// solve any problem", "arming them would be a grave mistake". It then counts as a negated hawkish phrase does.
/// </summary>
internal sealed class DeniedForceRule : IStanceRule
{
    private const int Scope = 6;
    private const int SubjectWords = 3;
    private const double DeniedFactor = -0.5;

    /// <summary>Copulas that open an evaluative predicate: "war is not the answer".</summary>
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "'s"]);

    /// <summary>
    /// Modals that open a predicate: "tariffs will not solve anything", "would be a mistake". A negated passive
    /// after them is left alone, because there the force is what is (not) done: "sanctions will not be lifted".
    /// </summary>
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["will", "would", "can", "could", "does", "do"]);

    /// <summary>Words that open another clause, whose verb is not the force word's predicate.</summary>
    private static readonly FrozenSet<string> ClauseLinks = FrozenSet.ToFrozenSet([
        "if", "unless", "when", "whether", "that", "which", "who", "because", "while", "until", "and", "or", "but", "than",
    ]);

    /// <summary>Predicate words that condemn their subject as a course of action.</summary>
    private static readonly FrozenSet<string> Condemning = FrozenSet.ToFrozenSet([
        "mistake", "error", "counterproductive", "folly", "disaster", "disastrous", "catastrophic", "catastrophe",
        "unthinkable", "madness",
    ]);

    /// <summary>Words after a negator that ask for more force, not less: "not enough", "not sufficient", "not only".</summary>
    private static readonly FrozenSet<string> Insufficient = FrozenSet.ToFrozenSet(["enough", "sufficient", "only", "just", "yet", "over"]);

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Weight >= 0 || cue.Kind is StanceKind.Dismissal or StanceKind.Demand) return cue;
        return Denied(cue, context) ? cue with { Weight = cue.Weight * DeniedFactor, Note = "denied", Settled = true } : cue;
    }

    private static bool Denied(StanceCue cue, StanceContext context)
    {
        if (VerbAfter(cue, context) is not { } i) return false;
        var verb = context.Tokens[i].Lower;
        if (verb.EndsWith("n't", StringComparison.Ordinal)) return Word(context, i + 1) != "be";
        if (Modals.Contains(verb))
        {
            if (Word(context, i + 1) == "be") return CondemnedFrom(context, i + 2);
            return StanceNegators.Negates(context, i + 1) && Word(context, i + 2) != "be";
        }
        return Copulas.Contains(verb) && (DeniedFrom(context, i + 1) || CondemnedFrom(context, i + 1));
    }

    /// <summary>
    /// The copula or modal that follows the phrase, right after it or after the rest of its noun phrase (up to
    /// <see cref="SubjectWords"/> words: "arming Ukraine's government would be"), or null.
    /// </summary>
    private static int? VerbAfter(StanceCue cue, StanceContext context)
    {
        var words = 0;
        for (var j = cue.Match.Last + 1; j < context.Tokens.Count && words <= SubjectWords; j++)
        {
            var t = context.Tokens[j];
            if (!t.IsWord) { if (t.EndsClause || t.IsComma) return null; continue; }
            if (Copulas.Contains(t.Lower) || Modals.Contains(t.Lower) || t.Lower.EndsWith("n't", StringComparison.Ordinal)) return j;
            if (ClauseLinks.Contains(t.Lower)) return null; // "further action if the dispute is not settled": another clause's verb
            words++;
        }
        return null;
    }

    /// <summary>
    /// A negator in the predicate starting at <paramref name="from"/>: "is in the interest of neither". Not one that
    /// asks for more: "military actions like this are not sufficient", "sanctions are not enough".
    /// </summary>
    private static bool DeniedFrom(StanceContext context, int from) =>
        PredicateWords(context, from).Any(j => StanceNegators.Negates(context, j) && !Insufficient.Contains(Word(context, j + 1)));

    /// <summary>A condemning word in the predicate: "would be a grave mistake".</summary>
    private static bool CondemnedFrom(StanceContext context, int from) =>
        PredicateWords(context, from).Any(j => Condemning.Contains(context.Tokens[j].Lower));

    /// <summary>Up to <see cref="Scope"/> words from <paramref name="from"/>, stopping at a comma, a clause end or a contrast word.</summary>
    private static IEnumerable<int> PredicateWords(StanceContext context, int from)
    {
        var seen = 0;
        for (var j = from; j < context.Tokens.Count && seen < Scope; j++)
        {
            var t = context.Tokens[j];
            if (t.EndsClause || t.IsComma) yield break;
            if (!t.IsWord) continue;
            if (SentimentWords.Contrast.Contains(t.Lower)) yield break;
            seen++;
            yield return j;
        }
    }

    private static string Word(StanceContext context, int j) => j < context.Tokens.Count ? context.Tokens[j].Lower : "";
}
