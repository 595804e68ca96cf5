using Analysis.Scoring;
using MathNet.Numerics.Statistics;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>
/// Sentiment against human ratings of New York Times editorial sentences (Hutto &amp; Gilbert 2014 ground truth,
/// the dev half in ../shared/data/nyt-sentiment). Reference VADER reaches r ≈ 0.50 there.
/// </summary>
public sealed class SentimentCalibrationTests(ITestOutputHelper output)
{
    /// <summary>The issue's bar for Pearson r against the human ratings; NOT yet reached (0.583 in-sample, 0.580 cross-validated on 2026-11-21).</summary>
    private const double IssueBar = 0.60;

    /// <summary>Just under the figures measured on 2026-11-21, so a change can only keep or raise them until the bar is reached.</summary>
    private const double MeasuredFloor = 0.575;

    private static readonly Lazy<List<(double Rating, string Text)>> Dev = new(LoadDev);

    private static List<(double Rating, string Text)> LoadDev()
    {
        // Plain tab-separated lines (id, mean_rating, text), not RFC 4180: sentences open with '' and " freely.
        var rows = File.ReadLines(SharedData.PathOf("data/nyt-sentiment/dev.tsv")).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t', 3))
            .Select(f => (double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2]))
            .ToList();
        Assert.True(rows.Count > 2500, $"dev.tsv holds only {rows.Count} rows");
        return rows;
    }

    /// <summary>Each sentence's features, computed once: fitting a calibration then needs no re-scoring.</summary>
    private static readonly Lazy<SentimentFeatures[]> Features = new(() => Dev.Value.Select(r => FeaturesOf(r.Text)).ToArray());

    private static SentimentFeatures FeaturesOf(string text)
    {
        var tokens = ScoringTokenizer.Tokenize(text);
        var (_, cues) = StanceScorer.Default.Score(tokens);
        return SentimentScorer.Default.Features(text, tokens, cues.Sum(c => c.Tone));
    }

    [Fact]
    public void Pearson_r_on_the_NYT_dev_set_holds_its_measured_floor()
    {
        var scorer = new StatementScorer();
        var r = Correlation.Pearson(Dev.Value.Select(x => x.Rating), Dev.Value.Select(x => scorer.Score(x.Text).Sentiment));
        output.WriteLine($"in-sample Pearson r = {r:F4} over {Dev.Value.Count} sentences");
        Assert.True(r >= MeasuredFloor, $"Pearson r = {r:F4} < {MeasuredFloor} (the issue's bar is {IssueBar})");
    }

    [Fact]
    public void The_default_calibration_is_the_one_fitted_on_the_whole_dev_set()
    {
        var fitted = SentimentCalibration.Fit(Features.Value, Dev.Value.Select(x => x.Rating).ToArray());
        output.WriteLine($"fitted: {fitted}");
        var d = SentimentCalibration.Default;
        Assert.Equal((fitted.NegativeWeight, fitted.AfinnWeight, fitted.Scale), (d.NegativeWeight, d.AfinnWeight, d.Scale));
        Assert.Equal(fitted.NegatorPenalty, d.NegatorPenalty, 0.005);
    }

    /// <summary>
    /// Honest figure for unseen sentences: in each of 10 folds the whole calibration (grid and least-squares
    /// weights) is fitted on the other nine and applied to the held-out fold; r is measured on the pooled predictions.
    /// </summary>
    [Fact]
    public void Cross_validated_Pearson_r_holds_its_measured_floor()
    {
        var rows = Dev.Value;
        var features = Features.Value;
        const int folds = 10;
        var predictions = new double[rows.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = Enumerable.Range(0, rows.Count).Where(i => i % folds != k).ToList();
            var calibration = SentimentCalibration.Fit(train.Select(i => features[i]).ToList(), train.Select(i => rows[i].Rating).ToList());
            for (var i = k; i < rows.Count; i += folds) predictions[i] = calibration.Apply(features[i]);
            output.WriteLine($"fold {k}: {calibration}");
        }
        var r = Correlation.Pearson(rows.Select(x => x.Rating), predictions);
        output.WriteLine($"10-fold cross-validated Pearson r = {r:F4}");
        Assert.True(r >= MeasuredFloor, $"cross-validated Pearson r = {r:F4} < {MeasuredFloor} (the issue's bar is {IssueBar})");
    }
}
