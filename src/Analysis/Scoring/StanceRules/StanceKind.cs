namespace Analysis.Scoring.StanceRules;

/// <summary>What a stance phrase is: a conciliatory act, a hawkish one, or the dismissal of talks.</summary>
internal enum StanceKind
{
    Talks,
    Calm,
    Cooperation,
    Force,
    Threat,
    Pressure,
    Demand,
    Dismissal,
}

internal static class StanceKinds
{
    public static bool IsConciliatory(this StanceKind kind) => kind is StanceKind.Talks or StanceKind.Calm or StanceKind.Cooperation;
}
