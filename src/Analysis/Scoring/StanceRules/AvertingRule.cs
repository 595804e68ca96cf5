using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Force that a speaker wants to prevent is a conciliatory cue: "avoid a war", "would prevent Trump from
/// launching a nuclear first strike", "rule out military action", "demanding that Iran cease its violence", "suspend the boycott",
/// "call off the protests", "postpone the strike". A demand whose object is such prevention asks
/// for calm, so it counts for nothing: the "demanding" of "demanding that Iran cease its violence".
/// </summary>
internal sealed class AvertingRule : IStanceRule
{
    private const int Scope = 6;

    private static readonly FrozenSet<string> Averting = FrozenSet.ToFrozenSet([
        "prevent", "prevents", "prevented", "preventing", "avoid", "avoids", "avoided", "avoiding", "avert", "averted",
        "averting", "halt", "stop", "stopping", "end", "ending", "defuse", "defusing", "rule", "ruled", "ruling",
        "cease", "ceased", "ceasing", "refrain", "refrained", "refraining", "renounce", "renounced", "renouncing",
        "withdraw", "withdrew", "withdrawing", "lift", "lifted", "lifting", "suspend", "suspended", "suspending",
        "scrap", "scrapped", "scrapping", "abandon", "abandoned", "abandoning", "pause", "paused", "pausing", "postpone",
        "postponed", "postponing", "drop", "dropped", "dropping", "repeal", "repealed", "repealing", "call", "called", "calling",
    ]);

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Kind.IsConciliatory() || cue.Kind == StanceKind.Dismissal) return cue;
        if (cue.Kind == StanceKind.Demand && DemandsAverting(cue, context))
            return cue with { Weight = 0, Note = "demands an end", Settled = true, ToneOverride = cue.Tone }; // a demand still sounds like one
        var averted = context.WordsBefore(cue.Match.First, Scope).Any(j => IsAverting(context, j));
        return averted ? cue with { Weight = Math.Abs(cue.Weight) * 0.5, Note = "averted", Settled = true } : cue;
    }

    /// <summary>An averting verb within <see cref="Scope"/> words after the demand, in its clause: "demand that they stop".</summary>
    private static bool DemandsAverting(StanceCue cue, StanceContext context)
    {
        var seen = 0;
        for (var j = cue.Match.Last + 1; j < context.Tokens.Count && seen < Scope; j++)
        {
            if (context.Tokens[j].EndsClause) return false;
            if (!context.Tokens[j].IsWord) continue;
            if (IsAverting(context, j)) return true;
            seen++;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="j"/> is a verb of preventing ("avoid", "rule out").</summary>
    public static bool IsAverting(StanceContext context, int j) =>
        Averting.Contains(context.Tokens[j].Lower)
        && (context.Tokens[j].Lower is not ("rule" or "ruled" or "ruling") || NextIs(context, j, "out"))
        && (context.Tokens[j].Lower is not ("call" or "called" or "calling") || NextIs(context, j, "off"));

    private static bool NextIs(StanceContext context, int j, string word) =>
        j + 1 < context.Tokens.Count && context.Tokens[j + 1].Lower == word;
}
