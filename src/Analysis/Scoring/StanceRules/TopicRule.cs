using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// A stance word named as the subject of a sentence is its topic, not the speaker's act: "the talks had been 90%
/// of the way there", "the negotiations were more complicated than they look", "since the fighting began",
/// "a lawsuit would take 18 months". A talk word after "any" names a possibility, not an offer: "ratify any deal".
/// What the sentence says about them (its other cues) carries the stance, so such words count for little.
/// Threats are left alone: "any attack will be met with a massive military response" is a threat whatever its grammar.
/// </summary>
internal sealed class TopicRule : IStanceRule
{
    private const double TopicFactor = 0.3;

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "this", "these", "those"]);

    /// <summary>Verbs that follow a subject: auxiliaries, copulas and the aspect verbs of reporting ("the fighting began").</summary>
    private static readonly FrozenSet<string> SubjectVerbs = FrozenSet.ToFrozenSet([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "must", "should", "could", "can", "may", "might",
        "began", "begin", "begins", "started", "start", "starts", "continued", "continue", "continues", "ended", "ends",
    ]);

    /// <summary>
    /// After force or pressure, the verbs of a policy, not of a report: "the sanctions will stay in place" and
    /// "the blockade must continue" state the speaker's line, so the words keep their weight.
    /// </summary>
    private static readonly FrozenSet<string> PolicyVerbs = FrozenSet.ToFrozenSet(["will", "must", "should", "shall", "can"]);

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Kind is StanceKind.Threat or StanceKind.Demand or StanceKind.Dismissal or StanceKind.Yield or StanceKind.Offer) return cue;
        var (first, last) = (cue.Match.First, cue.Match.Last);
        var before = first > 0 ? context.Tokens[first - 1].Lower : "";
        var after = last + 1 < context.Tokens.Count ? context.Tokens[last + 1].Lower : "";
        if (Determiners.Contains(before) && SubjectVerbs.Contains(after) && (cue.Weight > 0 || !PolicyVerbs.Contains(after)))
            return cue with { Weight = cue.Weight * TopicFactor, Note = "topic" };
        if (before == "any" && cue.Kind.IsConciliatory())
            return cue with { Weight = cue.Weight * TopicFactor, Note = "hypothetical" };
        return cue;
    }
}
