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

    private static StatementScorer With(SentimentCalibration calibration) =>
        new(new SentimentScorer(SentimentLexicon.Default, calibration), StanceScorer.Default);

    private static double Pearson(IEnumerable<(double Rating, string Text)> rows, StatementScorer scorer)
    {
        var list = rows.ToList();
        return Correlation.Pearson(list.Select(r => r.Rating), list.Select(r => scorer.Score(r.Text).Sentiment));
    }

    [Fact]
    public void Pearson_r_on_the_NYT_dev_set_is_at_least_0_60()
    {
        var r = Pearson(Dev.Value, new StatementScorer());
        output.WriteLine($"in-sample Pearson r = {r:F4} over {Dev.Value.Count} sentences");
        Assert.True(r >= 0.60, $"Pearson r = {r:F4} < 0.60");
    }

    /// <summary>
    /// Honest figure for unseen sentences: in each of 10 folds the calibration is chosen on the other nine
    /// and r is measured on the held-out fold's predictions, pooled.
    /// </summary>
    [Fact]
    public void Cross_validated_Pearson_r_is_at_least_0_60()
    {
        var rows = Dev.Value;
        const int folds = 10;
        var grid = SentimentCalibration.Grid().ToList();
        // Every calibration's scores, computed once; each fold then chooses among them on its training part only.
        var scoresByCalibration = grid.Select(c => { var scorer = With(c); return rows.Select(r => scorer.Score(r.Text).Sentiment).ToArray(); }).ToList();
        var predictions = new double[rows.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = Enumerable.Range(0, rows.Count).Where(i => i % folds != k).ToList();
            var best = Enumerable.Range(0, grid.Count).MaxBy(g =>
                Correlation.Pearson(train.Select(i => rows[i].Rating), train.Select(i => scoresByCalibration[g][i])));
            for (var i = k; i < rows.Count; i += folds) predictions[i] = scoresByCalibration[best][i];
            output.WriteLine($"fold {k}: chose {grid[best]}");
        }
        var r = Correlation.Pearson(rows.Select(x => x.Rating), predictions);
        output.WriteLine($"10-fold cross-validated Pearson r = {r:F4}");
        Assert.True(r >= 0.60, $"cross-validated Pearson r = {r:F4} < 0.60");
    }
}
