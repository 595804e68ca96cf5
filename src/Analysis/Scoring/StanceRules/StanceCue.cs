namespace Analysis.Scoring.StanceRules;

/// <summary>
/// A matched phrase on its way through the rules: its current weight and what the rules said about it
/// ("negated", "dismissed", "threat"). <see cref="Settled"/> stops later rules from re-reading it (a
/// dismissed "negotiate" is not negated again by the "not" of "should not bother").
/// </summary>
internal sealed record StanceCue(StanceMatch Match, double Weight, string? Note, bool Settled = false, double? ToneOverride = null)
{
    /// <summary>
    /// What the cue adds to the statement's tone: its stance weight, except where a rule says otherwise
    /// (a refused offer of talks is neutral in stance but bad news in tone), and nothing for a stance-only phrase.
    /// </summary>
    public double Tone => Match.Phrase.CarriesTone ? ToneOverride ?? Weight : 0;

    public StanceKind Kind => Match.Phrase.Kind;

    public static StanceCue From(StanceMatch match) =>
        new(match, match.Phrase.Weight, match.Phrase.Kind is StanceKind.Threat or StanceKind.Dismissal
            ? match.Phrase.Kind.ToString().ToLowerInvariant() : null);
}
