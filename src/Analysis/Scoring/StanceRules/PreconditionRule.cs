namespace Analysis.Scoring.StanceRules;

/// <summary>
/// An offer or a goal bound to a precondition is a demand, not an offer: "we are ready to talk, but only if the blocks
/// are removed first", "they must first withdraw before any normalisation of relations". In a sentence that sets a
/// precondition ("only if", "only when", "only once", "only after", "must first", "before any", "precondition") every
/// conciliatory cue is the price asked of the other side, and counts against de-escalation at
/// <see cref="ConditionedFactor"/> of its weight (event-coding scales code a conditional offer as a demand). Talks
/// "without preconditions" are the opposite: an unconditional offer.
/// </summary>
internal sealed class PreconditionRule : IStanceRule
{
    private const double ConditionedFactor = -0.5;

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Weight <= 0 || !cue.Kind.IsConciliatory() || !SetsPrecondition(context, cue.Match.First)) return cue;
        return cue with { Weight = cue.Weight * ConditionedFactor, Note = "precondition", Settled = true, ToneOverride = cue.Tone };
    }

    private static bool SetsPrecondition(StanceContext context, int i)
    {
        var (start, end) = context.SentenceOf(i);
        for (var j = start; j <= end; j++)
        {
            var word = context.Tokens[j].Lower;
            var next = j < end ? context.Tokens[j + 1].Lower : "";
            if (word.StartsWith("precondition", StringComparison.Ordinal) && !(j > 0 && context.Tokens[j - 1].Lower is "without" or "no")) return true;
            if (word == "only" && next is "if" or "when" or "once" or "after") return true;
            if (word == "must" && next == "first") return true;
            if (word == "before" && next == "any") return true;
        }
        return false;
    }
}
