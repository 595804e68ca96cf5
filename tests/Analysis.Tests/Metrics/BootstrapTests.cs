using Analysis.Metrics;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Metrics;

public class BootstrapTests
{
    private static readonly Arbitrary<(double[] A, double[] B, int Seed)> Samples = Arb.From(
        from a in Gen.NonEmptyListOf(Gen.Choose(-100, 100))
        from b in Gen.NonEmptyListOf(Gen.Choose(-100, 100))
        from seed in Gen.Choose(0, 1_000_000)
        select (a.Select(v => v / 100.0).ToArray(), b.Select(v => v / 100.0).ToArray(), seed));

    [Fact]
    public void Property_the_interval_contains_the_estimate_and_lies_within_the_score_range()
    {
        Prop.ForAll(Samples, s =>
        {
            var i = Bootstrap.MeanDifference(s.A, s.B, resamples: 200, seed: s.Seed);
            return i.Low <= i.Estimate && i.Estimate <= i.High && i.Low >= -2 && i.High <= 2
                && Math.Abs(i.Estimate - (s.A.Average() - s.B.Average())) < 1e-12;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval()
    {
        double[] a = [-0.9, -0.5, -0.7, 0.1], b = [0.4, 0.6, 0.2];
        Assert.Equal(Bootstrap.MeanDifference(a, b), Bootstrap.MeanDifference(a, b));
        // Tiny samples have few distinct resampled means, so two seeds may well land on the same quantiles;
        // with thirty distinct values a side they cannot.
        var wideA = Enumerable.Range(0, 30).Select(i => Math.Sin(i) / 2).ToArray();
        var wideB = Enumerable.Range(0, 30).Select(i => Math.Cos(i * 1.7) / 3).ToArray();
        Assert.NotEqual(Bootstrap.MeanDifference(wideA, wideB, seed: 1), Bootstrap.MeanDifference(wideA, wideB, seed: 2));
    }

    [Fact]
    public void Constant_sides_have_no_uncertainty()
    {
        var i = Bootstrap.MeanDifference([-1, -1, -1], [1, 1]);
        Assert.Equal(new Analysis.Metrics.Interval(-2, -2, -2), i);
    }

    [Fact]
    public void The_interval_narrows_as_samples_grow()
    {
        double[] small = [-1, 0.5, -0.5, 1], large = [.. Enumerable.Repeat(small, 25).SelectMany(x => x)];
        var narrow = Bootstrap.MeanDifference(large, large);
        var wide = Bootstrap.MeanDifference(small, small);
        Assert.True(narrow.High - narrow.Low < (wide.High - wide.Low) / 2);
        Assert.True(wide.Low < 0 && wide.High > 0);
    }

    [Fact]
    public void Empty_samples_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Bootstrap.MeanDifference([], [1.0]));
    }
}
