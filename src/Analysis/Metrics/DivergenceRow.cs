using System.Text.Json.Serialization;

namespace Analysis.Metrics;

/// <summary>
/// How far apart two sides are in one period. When either side is silent in the period, the gap, its
/// interval and the JSD are null (a gap in the series, never a zero: silence is not agreement).
/// </summary>
/// <param name="Period">The period's key date: its first day, or a rolling window's last day.</param>
/// <param name="Gap">Mean stance of side A minus mean stance of side B, in [-2, 2]; negative when A is more hawkish.</param>
/// <param name="CiLow">Lower end of the bootstrap percentile interval of <see cref="Gap"/>.</param>
/// <param name="CiHigh">Upper end of the bootstrap percentile interval of <see cref="Gap"/>.</param>
/// <param name="Jsd">Jensen–Shannon divergence of the two sides' words, in [0, ln 2] (see <see cref="JensenShannon"/>).</param>
/// <param name="NA">Statements of side A in the period.</param>
/// <param name="NB">Statements of side B in the period.</param>
/// <param name="MeanA">Mean stance of side A, null when it is silent.</param>
/// <param name="MeanB">Mean stance of side B, null when it is silent.</param>
/// <param name="Start">The first day the period covers.</param>
/// <param name="End">The last day the period covers (inclusive).</param>
public sealed record DivergenceRow(
    DateOnly Period,
    double? Gap,
    double? CiLow,
    double? CiHigh,
    double? Jsd,
    int NA,
    int NB,
    double? MeanA,
    double? MeanB,
    DateOnly Start,
    DateOnly End)
{
    /// <summary>Whether both sides spoke in the period, so the row has a gap and a JSD.</summary>
    [JsonIgnore]
    public bool HasBothSides => NA > 0 && NB > 0;
}
