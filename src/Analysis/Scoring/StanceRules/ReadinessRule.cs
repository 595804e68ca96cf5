namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Readiness is an offer only when what the speaker is ready for is not force: "ready to sit down" and "willing to
/// compromise" are conciliatory, but "ready to fight", "prepared to use military force" and "willing to strike"
/// are threats. An offer followed in its clause (within <see cref="Reach"/> words) by a hawkish cue counts for
/// nothing; the hawkish cue then carries the statement.
/// </summary>
internal sealed class ReadinessRule : IStanceRule
{
    private const int Reach = 4;

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Kind != StanceKind.Offer) return cue;
        var readyForForce = context.Matches.Any(m => m.First > cue.Match.Last && m.Phrase.Weight < 0 && m.Phrase.Kind != StanceKind.Dismissal
            && WordsBetween(context, cue.Match.Last, m.First) is { } words && words < Reach);
        return readyForForce ? cue with { Weight = 0, Note = "ready for force", Settled = true } : cue;
    }

    /// <summary>How many words lie between tokens <paramref name="from"/> and <paramref name="to"/>, or null if a clause ends between them.</summary>
    private static int? WordsBetween(StanceContext context, int from, int to)
    {
        var words = 0;
        for (var j = from + 1; j < to; j++)
        {
            var t = context.Tokens[j];
            if (t.EndsClause || t.IsComma) return null;
            if (t.IsWord) words++;
        }
        return words;
    }
}
