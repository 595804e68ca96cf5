using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// "Urged both sides to ...", "the two countries would open a liaison office", "I hope both sides can put this behind
/// them": naming the parties of a dispute together is the frame of the mediator and of the peacemaker (the dispute as
/// something the two share and can settle), where a hawk names one side, the other's. "Both" or "two" before a word for
/// a party is a weak conciliatory cue, passed through the rules like a phrase ("the two sides have not agreed" is a
/// topic, not an act, and counts for little).
/// </summary>
internal static class JointParties
{
    public static StancePhrase Phrase { get; } = new("both/two + party", ["both", "sides"], 0.4, StanceKind.Cooperation,
        "the parties named together: the frame of mediation", CarriesTone: false);

    private static readonly FrozenSet<string> Joint = FrozenSet.ToFrozenSet(["both", "two"]);

    private static readonly FrozenSet<string> Parties = FrozenSet.ToFrozenSet([
        "sides", "parties", "governments", "countries", "nations", "leaders", "camps", "delegations", "peoples", "clubs",
        "teams", "men", "women", "capitals", "koreas", "states", "neighbours", "neighbors", "communities", "companies",
    ]);

    /// <summary>
    /// Adds to <paramref name="matches"/> the joint namings in <paramref name="tokens"/> that none of its phrases already
    /// covers. (Added in place, not yielded: it runs on every statement, and almost none holds one.)
    /// </summary>
    public static void AddTo(List<ScoringToken> tokens, List<StanceMatch> matches)
    {
        var phrases = matches.Count;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !Joint.Contains(tokens[i].Lower) || !tokens[i + 1].IsWord || !Parties.Contains(tokens[i + 1].Lower)) continue;
            if (!Covered(matches, phrases, i, i + 1)) matches.Add(new StanceMatch(Phrase, i, i + 1));
        }
    }

    private static bool Covered(List<StanceMatch> matches, int count, int first, int last)
    {
        for (var m = 0; m < count; m++)
            if (matches[m].First <= last && matches[m].Last >= first) return true;
        return false;
    }
}
