namespace Analysis.Scoring.StanceRules;

/// <summary>A phrase found in the tokens, from token <see cref="First"/> to <see cref="Last"/> inclusive.</summary>
internal sealed record StanceMatch(StancePhrase Phrase, int First, int Last);
