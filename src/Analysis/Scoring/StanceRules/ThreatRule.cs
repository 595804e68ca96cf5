using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Force spoken of as what will happen, or what would happen if, is a threat, not an act: "will be met
/// with a massive military response", "if it threatened", "we'll do what has to be done". The weight stays;
/// the note tells the researcher it is a threat.
/// </summary>
internal sealed class ThreatRule : IStanceRule
{
    private static readonly FrozenSet<string> Conditional = FrozenSet.ToFrozenSet([
        "if", "unless", "will", "would", "'ll", "shall", "could", "any", "should",
    ]);

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Kind is not (StanceKind.Force or StanceKind.Threat)) return cue;
        var (start, _) = context.SentenceOf(cue.Match.First);
        for (var j = start; j < cue.Match.First; j++)
        {
            var word = context.Tokens[j].Lower;
            if (Conditional.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal))
                return cue with { Note = word == "if" || word == "unless" ? "conditional threat" : "threat" };
        }
        return cue;
    }
}
