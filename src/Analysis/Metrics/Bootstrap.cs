using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Analysis.Metrics;

/// <summary>A point estimate with a confidence interval [Low, High].</summary>
public readonly record struct Interval(double Estimate, double Low, double High);

/// <summary>
/// Percentile bootstrap for the difference of two means, with a seeded generator (Mersenne Twister, MathNet)
/// so the same data and seed give the same interval on every machine and run.
/// </summary>
public static class Bootstrap
{
    public const int DefaultResamples = 2000;
    public const int DefaultSeed = 20171001;
    public const double DefaultConfidence = 0.95;

    /// <summary>
    /// mean(a) − mean(b), with a percentile interval from <paramref name="resamples"/> resamples of each side
    /// (with replacement, each at its own size). The interval is widened to include the estimate if
    /// resampling noise or rounding ever puts it just outside (possible only with tiny, skewed samples).
    /// With one statement a side the interval collapses to the estimate: there is nothing to resample.
    /// </summary>
    public static Interval MeanDifference(
        IReadOnlyList<double> a, IReadOnlyList<double> b,
        int resamples = DefaultResamples, int seed = DefaultSeed, double confidence = DefaultConfidence)
    {
        if (a.Count == 0 || b.Count == 0) throw new ArgumentException("Both samples need at least one value.");
        if (resamples < 1) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "At least one resample.");
        if (confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence lies in (0, 1).");
        var estimate = a.Average() - b.Average();
        var random = new MersenneTwister(seed, threadSafe: false);
        var differences = new double[resamples];
        for (var r = 0; r < resamples; r++)
            differences[r] = ResampledMean(a, random) - ResampledMean(b, random);
        Array.Sort(differences);
        var tail = (1 - confidence) / 2;
        var low = SortedArrayStatistics.QuantileCustom(differences, tail, QuantileDefinition.R7);
        var high = SortedArrayStatistics.QuantileCustom(differences, 1 - tail, QuantileDefinition.R7);
        return new Interval(estimate, Math.Min(low, estimate), Math.Max(high, estimate));
    }

    private static double ResampledMean(IReadOnlyList<double> values, Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++) sum += values[random.Next(values.Count)];
        return sum / values.Count;
    }
}
