namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Talk phrases in a sentence that dismisses them speak against talks: "he is wasting his time trying to
/// negotiate", "being nice to Rocket Man hasn't worked", "such talks are a waste of time".
/// </summary>
internal sealed class DismissalRule : IStanceRule
{
    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || !cue.Kind.IsConciliatory()) return cue;
        var (start, end) = context.SentenceOf(cue.Match.First);
        var dismissed = context.Matches.Any(m => m.Phrase.Kind == StanceKind.Dismissal && m.First >= start && m.Last <= end);
        return dismissed ? cue with { Weight = -Math.Abs(cue.Weight), Note = "dismissed", Settled = true } : cue;
    }
}
