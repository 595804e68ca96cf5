using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// A negator before a phrase in the same clause (up to <see cref="Scope"/> words, not across "but" or a comma) turns it:
/// <list type="bullet">
/// <item>talks, calm, cooperation are cancelled — "no indication that they are interested in or are ready for
/// talks" is not an offer of talks (in tone it is then mildly bad news);</item>
/// <item>yielding becomes refusal, which is hawkish: "will never surrender", "not conceding anything";</item>
/// <item>force and pressure become mild conciliation: "not a war", "nobody wants a confrontation".</item>
/// </list>
/// Demands are left alone: they carry their own negation ("no choice").
/// </summary>
internal sealed class NegationRule : IStanceRule
{
    private const int Scope = 12;

    /// <summary>How many words the determiner "no" reaches: its noun phrase ("no new talks", "no deal").</summary>
    private const int NoScope = 3;

    /// <summary>Nouns after "no" whose clause the negation covers: "no indication that they are ready for talks".</summary>
    private static readonly FrozenSet<string> ClauseNouns = FrozenSet.ToFrozenSet([
        "sign", "signs", "indication", "indications", "intention", "interest", "evidence", "plan", "plans", "desire",
        "reason", "need", "prospect", "chance", "appetite", "willingness", "wish", "one",
    ]);

    private const double NegatedHawkishFactor = -0.5;

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Kind is StanceKind.Dismissal or StanceKind.Demand) return cue;
        var negation = NegationBefore(cue, context);
        if (negation == Negation.None) return cue;
        if (negation == Negation.OfAverting) return cue with { Note = "not averted", Settled = true };
        if (cue.Kind.IsOffered()) return cue with { Weight = -cue.Weight, Note = "refused", Settled = true };
        return cue.Weight > 0
            ? cue with { Weight = 0, Note = "negated", Settled = true, ToneOverride = -0.5 * cue.Weight }
            : cue with { Weight = cue.Weight * NegatedHawkishFactor, Note = "negated", Settled = true };
    }

    /// <summary>
    /// A negator before the phrase in its clause (a comma or "and that" ends the scope). The determiner "no"
    /// negates only its own noun phrase ("No Americans were harmed in the attack" does not deny the attack), unless its noun opens a
    /// clause: "no sign that they are ready for talks".
    /// A negator that denies a verb of preventing between it and the phrase leaves the phrase standing: "would
    /// not rule out the use of force" keeps force on the table.
    /// </summary>
    private static Negation NegationBefore(StanceCue cue, StanceContext context)
    {
        var distance = 0;
        var averting = false;
        foreach (var j in context.WordsBefore(cue.Match.First, Scope, stopAtComma: true))
        {
            distance++;
            if (IsClauseOpener(context, j)) return Negation.None;
            averting |= AvertingRule.IsAverting(context, j);
            if (!StanceNegators.Negates(context, j)) continue;
            if (context.Tokens[j].Lower == "no" && distance > NoScope && !OpensClause(context, j + 1)) continue;
            return averting ? Negation.OfAverting : Negation.OfPhrase;
        }
        return Negation.None;
    }

    private enum Negation { None, OfPhrase, OfAverting }

    /// <summary>"and that", "or that": a second reported clause, which the first clause's negator does not reach.</summary>
    private static bool IsClauseOpener(StanceContext context, int j) =>
        context.Tokens[j].Lower == "that" && j > 0 && context.Tokens[j - 1].Lower is "and" or "or";

    private static bool OpensClause(StanceContext context, int j) =>
        j < context.Tokens.Count && ClauseNouns.Contains(context.Tokens[j].Lower);
}
