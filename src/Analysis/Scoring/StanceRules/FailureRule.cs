using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Talks said to fail or end are no offer of talks: "if diplomacy fails", "the negotiations collapsed", "talks broke
/// down", "talks ended without a breakthrough". A conciliatory phrase followed by a failure verb (up to two words
/// later, same clause) counts for nothing. Pressure said to fail is an argument against it, which is conciliatory:
/// "sanctions have failed", "maximum pressure failed".
/// </summary>
internal sealed class FailureRule : IStanceRule
{
    private const int Reach = 2;

    private static readonly FrozenSet<string> Failure = FrozenSet.ToFrozenSet([
        "fail", "fails", "failed", "failing", "collapse", "collapses", "collapsed", "stall", "stalls", "stalled",
        "broke", "break", "breaks", "faltered", "falters", "ended", "ends",
    ]);

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || !(cue.Kind.IsConciliatory() || cue.Kind == StanceKind.Pressure)) return cue;
        var seen = 0;
        for (var j = cue.Match.Last + 1; j < context.Tokens.Count && seen < Reach; j++)
        {
            var t = context.Tokens[j];
            if (t.EndsClause || t.IsComma) break;
            if (!t.IsWord) continue;
            if (Failure.Contains(t.Lower))
                return cue.Weight > 0
                    ? cue with { Weight = 0, Note = "failed", Settled = true, ToneOverride = -0.5 * cue.Weight }
                    : cue with { Weight = -0.5 * cue.Weight, Note = "failed", Settled = true };
            seen++;
        }
        return cue;
    }
}
