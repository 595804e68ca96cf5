using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Patience that is denied or running out is a warning, not an appeal for calm: "patience is not a policy", "my patience
/// is not unlimited", "patience has not paid the rent", "our patience is wearing thin", "patience has a limit". "Patience" is conciliatory on
/// its own (an appeal to wait calmly); when a negator or a word of exhaustion follows it in its clause (up to
/// <see cref="Scope"/> words) the speaker is announcing the end of waiting, which is hawkish.
/// </summary>
internal sealed class SpentPatienceRule : IStanceRule
{
    private const int Scope = 4;

    /// <summary>As "run out of patience", the table's phrase for the same warning.</summary>
    private const double SpentWeight = -1.2;

    private static readonly FrozenSet<string> Exhaustion = FrozenSet.ToFrozenSet(["thin", "exhausted", "running", "limit", "limits", "over", "snapped"]);

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Match.First != cue.Match.Last || context.Tokens[cue.Match.First].Lower != "patience") return cue;
        var seen = 0;
        for (var j = cue.Match.Last + 1; j < context.Tokens.Count && seen < Scope; j++)
        {
            var token = context.Tokens[j];
            if (token.EndsClause || token.IsComma) break;
            if (!token.IsWord) continue;
            seen++;
            if (StanceNegators.Negates(context, j) || Exhaustion.Contains(token.Lower))
                return cue with { Weight = SpentWeight, Note = "patience spent", Settled = true, ToneOverride = cue.Tone }; // the tone is the other helpers' reading; only the stance turns
        }
        return cue;
    }
}
