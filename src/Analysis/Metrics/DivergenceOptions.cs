namespace Analysis.Metrics;

/// <summary>How divergence intervals are computed: bootstrap resamples, seed and confidence level.</summary>
public sealed record DivergenceOptions(
    int Resamples = Bootstrap.DefaultResamples,
    int Seed = Bootstrap.DefaultSeed,
    double Confidence = Bootstrap.DefaultConfidence)
{
    public static DivergenceOptions Default { get; } = new();
}
