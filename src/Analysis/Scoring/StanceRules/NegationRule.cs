namespace Analysis.Scoring.StanceRules;

/// <summary>
/// A negator before a phrase in the same clause (up to ten words, not across "but") cancels a conciliatory
/// phrase — "no indication that they are interested in or are ready for talks" is not an offer of talks —
/// (in tone it is then mildly bad news), and turns a hawkish one into mild conciliation: "not a war", "not interested in pursuing regime change".
/// </summary>
internal sealed class NegationRule : IStanceRule
{
    private const int Scope = 10;
    private const double NegatedHawkishFactor = -0.5;

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Kind == StanceKind.Dismissal) return cue;
        var negated = context.WordsBefore(cue.Match.First, Scope).Any(j => SentimentWords.IsNegator(context.Tokens[j].Lower)
            && !SentimentWords.IsNonNegatingIdiom(context.Tokens[j].Lower, NextWord(context, j)));
        if (!negated) return cue;
        return cue.Weight > 0
            ? cue with { Weight = 0, Note = "negated", Settled = true, ToneOverride = -0.5 * cue.Weight }
            : cue with { Weight = cue.Weight * NegatedHawkishFactor, Note = "negated", Settled = true };
    }

    private static string NextWord(StanceContext context, int j) =>
        j + 1 < context.Tokens.Count ? context.Tokens[j + 1].Lower : "";
}
