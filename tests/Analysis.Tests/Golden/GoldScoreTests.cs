using Analysis.Tests.Cli;
using Xunit.Abstractions;

namespace Analysis.Tests.Golden;

/// <summary>
/// The figures CI holds: `analysis extract` on a corpus, scored by score.py against its human gold.
/// Each bar is the issue's bar or, where the figure is above it, a floor just under what was measured,
/// so a change can only keep or raise it. score.py's report is printed for whoever reads the log.
/// </summary>
public sealed class GoldScoreTests(ITestOutputHelper output)
{
    public sealed record Bars(double AttributedF1, double DateAccuracy, double StanceAccuracy, double SentimentSign, double SentimentSpearman);

    public static TheoryData<string, string, Bars> Corpora => new()
    {
        // The seeds: the issues' bars (F1 0.90, dates 0.90, stance 0.80, sentiment sign 0.80, Spearman 0.60).
        { "seeds", "gold/seeds.gold.jsonl", new Bars(0.90, 0.90, 0.80, 0.80, 0.60) },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Extracted_statements_meet_the_bars(string corpus, string goldInShared, Bars bars)
    {
        using var folder = new TempFolder();
        var predicted = Path.Combine(folder.Path, "statements.jsonl");
        var extract = CliProcess.Run("extract", Path.Combine(RepositoryPaths.Root, corpus), "--out", predicted);
        Assert.True(extract.ExitCode == 0, extract.Stderr);

        var result = ScorePy.Score(Path.Combine(RepositoryPaths.Shared, goldInShared), predicted);
        output.WriteLine(result.Report);

        AssertAtLeast(result, "attributed_f1", bars.AttributedF1);
        AssertAtLeast(result, "date_accuracy", bars.DateAccuracy);
        AssertAtLeast(result, "stance_accuracy", bars.StanceAccuracy);
        AssertAtLeast(result, "sentiment_sign_agreement", bars.SentimentSign);
        AssertAtLeast(result, "sentiment_spearman", bars.SentimentSpearman);
    }

    private static void AssertAtLeast(ScorePy.Result result, string figure, double bar)
    {
        var value = result.Figure(figure);
        Assert.True(value >= bar, $"{figure} = {value?.ToString("F3") ?? "none"}, below the bar {bar:F3}");
    }
}
