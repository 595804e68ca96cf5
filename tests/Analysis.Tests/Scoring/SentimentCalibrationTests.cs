using Analysis.Scoring;
using MathNet.Numerics.Statistics;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>
/// Sentiment against human ratings of New York Times editorial sentences (<see cref="NytDev"/>). Reference VADER
/// reaches r ≈ 0.50 there. These tests hold the calibration of the rule scorer over the human-rated lexicons;
/// LearnedValencesTests hold the whole scorer, learned valences included.
/// </summary>
public sealed class SentimentCalibrationTests(ITestOutputHelper output)
{
    /// <summary>Just under the calibration's figures measured on 2026-11-21 (0.584 cross-validated).</summary>
    private const double MeasuredFloor = 0.578;

    /// <summary>Each sentence's features over the human-rated lexicons, computed once: fitting then needs no re-scoring.</summary>
    private static readonly Lazy<SentimentFeatures[]> Features = new(() =>
        NytDev.Sentences.Select(s => new SentimentScorer(SentimentLexicon.HumanRated, SentimentCalibration.Default).Features(s.Text, s.Tokens, s.Cues)).ToArray());

    private static double[] Ratings => NytDev.Sentences.Select(s => s.Rating).ToArray();

    [Fact]
    public void The_default_calibration_is_the_one_fitted_on_the_whole_dev_set()
    {
        var fitted = SentimentCalibration.Fit(Features.Value, Ratings);
        output.WriteLine($"fitted: {fitted}");
        var d = SentimentCalibration.Default;
        Assert.Equal((fitted.NegativeWeight, fitted.AfinnWeight, fitted.Scale, fitted.LengthExponent), (d.NegativeWeight, d.AfinnWeight, d.Scale, d.LengthExponent));
        Assert.Equal(fitted.NegatorPenalty, d.NegatorPenalty, 0.005);
    }

    /// <summary>
    /// The calibration alone, on unseen sentences: in each of 10 folds the whole calibration (grid and least-squares
    /// weights) is fitted on the other nine and applied to the held-out fold; r is measured on the pooled predictions,
    /// and averaged over five shuffled splits.
    /// </summary>
    [Fact]
    public void Cross_validated_Pearson_r_of_the_calibration_holds_its_measured_floor()
    {
        var features = Features.Value;
        var ratings = Ratings;
        var rs = new List<double>();
        foreach (var split in CrossValidationFolds.Repeats(ratings.Length, 10, 5))
        {
            var predictions = new double[ratings.Length];
            for (var k = 0; k < split.Folds; k++)
            {
                var calibration = SentimentCalibration.Fit(split.Outside(features, k), split.Outside(ratings, k));
                foreach (var i in split.Inside(k)) predictions[i] = calibration.Apply(features[i]);
            }
            rs.Add(Correlation.Pearson(ratings, predictions));
            var signed = Enumerable.Range(0, ratings.Length).Where(i => Math.Abs(ratings[i]) >= 0.5).ToList();
            var agreement = signed.Count(i => Math.Sign(ratings[i]) == Math.Sign(predictions[i])) / (double)signed.Count;
            output.WriteLine($"split {split.Seed}: 10-fold cross-validated Pearson r of the calibration alone = {rs[^1]:F4}; sign agreement (|rating| >= 0.5) = {agreement:F3}");
        }
        var r = rs.Average();
        output.WriteLine($"calibration alone, over {rs.Count} splits: mean {r:F4}, SD {rs.StandardDeviation():F4}, range {rs.Min():F4}-{rs.Max():F4}");
        Assert.True(r >= MeasuredFloor, $"cross-validated Pearson r = {r:F4} < {MeasuredFloor}");
    }
}
