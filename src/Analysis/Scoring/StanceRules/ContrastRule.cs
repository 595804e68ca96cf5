namespace Analysis.Scoring.StanceRules;

/// <summary>
/// "X, but Y": the speaker's point is Y. In a sentence with "but", cues before it count half and cues after
/// it count one and a half times (the same weights VADER uses for tone).
/// </summary>
internal sealed class ContrastRule : IStanceRule
{
    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        var (start, end) = context.SentenceOf(cue.Match.First);
        for (var j = start + 1; j <= end; j++)
        {
            if (!context.Tokens[j].IsWord || !SentimentWords.Contrast.Contains(context.Tokens[j].Lower)) continue;
            var factor = cue.Match.First < j ? 0.5 : 1.5;
            return cue with { Weight = cue.Weight * factor, ToneOverride = cue.ToneOverride * factor };
        }
        return cue;
    }
}
