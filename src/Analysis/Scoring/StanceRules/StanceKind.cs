namespace Analysis.Scoring.StanceRules;

/// <summary>What a stance phrase is: a conciliatory act, a hawkish one, or the dismissal of talks.</summary>
internal enum StanceKind
{
    Talks,
    Calm,
    Cooperation,
    /// <summary>Giving ground (CAMEO 08 "yield"): concede, accept, back down. Refusing to yield is hawkish: "will never surrender".</summary>
    Yield,
    /// <summary>
    /// Readiness to act ("ready to", "willing to", "open to"): an offer, so conciliatory; a negated offer is a refusal
    /// ("not willing to compromise"), and readiness for force is no offer ("ready to fight").
    /// </summary>
    Offer,
    Force,
    Threat,
    Pressure,
    /// <summary>Demands and refusals that carry their own negation ("no choice", "not a single inch"): a negator does not turn them.</summary>
    Demand,
    Dismissal,
}

internal static class StanceKinds
{
    public static bool IsConciliatory(this StanceKind kind) =>
        kind is StanceKind.Talks or StanceKind.Calm or StanceKind.Cooperation or StanceKind.Yield or StanceKind.Offer;

    /// <summary>What a speaker offers or gives up: negated, it is a refusal ("will never surrender", "not willing to talk").</summary>
    public static bool IsOffered(this StanceKind kind) => kind is StanceKind.Yield or StanceKind.Offer;
}
