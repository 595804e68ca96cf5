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

    /// <summary>Corpus folder and gold file, relative to the repository ("shared/..." is ../shared), with the bars they must meet.</summary>
    public static TheoryData<string, string, Bars> Corpora => new()
    {
        // Floors just under the figures measured at the end of session 6 (2026-11-21, main after all its merges; F1, dates,
        // stance, sentiment sign, Spearman), so a change can only keep or raise them.
        // The seeds: all five issue bars (F1 0.90, dates 0.90, stance 0.80, sign 0.80, Spearman 0.60) are met (0.991, 0.979,
        // 0.882, 0.875, 0.781). From here down to Heldout15, stance and sentiment are partly in-sample: stance rules were read
        // off these sets, the stance fallback and the learned sentiment valences were fitted on their golds. Stance on the
        // seeds was 0.922 before session 6: the speaker's camp reads three factual Tillerson/Nauert lines as their camp's.
        { "seeds", "shared/gold/seeds.gold.jsonl", new Bars(0.98, 0.97, 0.87, 0.86, 0.77) },
        // Held-out sets 1 and 2 (invented articles in other styles), development sets since the third extraction round
        // (Heldout: 0.985, 0.987, 0.852, 0.827, 0.616; Heldout2: 0.977, 1.000, 0.830, 0.806, 0.563).
        { "tests/Analysis.Tests/Fixtures/Heldout", "tests/Analysis.Tests/Fixtures/Heldout/heldout.gold.jsonl", new Bars(0.97, 0.97, 0.84, 0.81, 0.60) },
        { "tests/Analysis.Tests/Fixtures/Heldout2", "tests/Analysis.Tests/Fixtures/Heldout2/heldout2.gold.jsonl", new Bars(0.97, 0.99, 0.82, 0.79, 0.55) },
        // Held-out set 3 (ordinary news, written blind): F1 0.784 while unseen, then a development set (0.961, 0.989, 0.838, 0.802, 0.626).
        { "tests/Analysis.Tests/Fixtures/Heldout3", "tests/Analysis.Tests/Fixtures/Heldout3/heldout3.gold.jsonl", new Bars(0.95, 0.98, 0.82, 0.79, 0.61) },
        // Held-out sets 5 and 6 (ordinary news, written blind): F1 0.832 and 0.767 while unseen, then development sets
        // (Heldout5: 0.994, 0.994, 0.793, 0.737, 0.482; Heldout6: 0.930, 0.994, 0.756, 0.731, 0.415).
        { "tests/Analysis.Tests/Fixtures/Heldout5", "tests/Analysis.Tests/Fixtures/Heldout5/heldout5.gold.jsonl", new Bars(0.98, 0.98, 0.78, 0.72, 0.47) },
        { "tests/Analysis.Tests/Fixtures/Heldout6", "tests/Analysis.Tests/Fixtures/Heldout6/heldout6.gold.jsonl", new Bars(0.92, 0.99, 0.74, 0.72, 0.40) },
        // Heldout9 (international diplomacy) and Heldout10 (everyday disputes): F1 0.795 and 0.784 while unseen, then
        // development sets (Heldout9: 0.946, 1.000, 0.812, 0.845, 0.692; Heldout10: 0.949, 1.000, 0.855, 0.841, 0.571).
        { "tests/Analysis.Tests/Fixtures/Heldout9", "tests/Analysis.Tests/Fixtures/Heldout9/heldout9.gold.jsonl", new Bars(0.93, 0.99, 0.80, 0.83, 0.68) },
        { "tests/Analysis.Tests/Fixtures/Heldout10", "tests/Analysis.Tests/Fixtures/Heldout10/heldout10.gold.jsonl", new Bars(0.93, 0.99, 0.84, 0.83, 0.56) },
        // Heldout12 (international negotiations and confrontations) and Heldout14 (mixed formats and beats): unseen at main
        // d1e43c6 (Heldout12: 0.821, 0.916, 0.550, 0.716, 0.554; Heldout14: 0.839, 0.961, 0.639, 0.645, 0.310), then development
        // sets (Heldout12: 0.927, 0.987, 0.798, 0.780, 0.613; Heldout14: 0.953, 0.986, 0.894, 0.800, 0.461).
        { "tests/Analysis.Tests/Fixtures/Heldout12", "tests/Analysis.Tests/Fixtures/Heldout12/heldout12.gold.jsonl", new Bars(0.91, 0.98, 0.78, 0.77, 0.60) },
        { "tests/Analysis.Tests/Fixtures/Heldout14", "tests/Analysis.Tests/Fixtures/Heldout14/heldout14.gold.jsonl", new Bars(0.94, 0.98, 0.88, 0.79, 0.45) },
        // Heldout15 (US domestic politics and policy): unseen at main 6415f10 (0.825, 0.910, 0.486, 0.673, 0.349), then the
        // development set of session 6's extraction and dates rounds, and a gold of the stance fallback's and the learned
        // valences' fits (0.950, 1.000, 0.778, 0.773, 0.451).
        { "tests/Analysis.Tests/Fixtures/Heldout15", "tests/Analysis.Tests/Fixtures/Heldout15/heldout15.gold.jsonl", new Bars(0.94, 0.99, 0.77, 0.76, 0.44) },
        // Heldout17 (wars, ceasefires and security crises outside the US and Europe): unseen at main 98dac62 (0.844, 0.947,
        // 0.580, 0.767, 0.505), then a development set of session 7.
        { "tests/Analysis.Tests/Fixtures/Heldout17", "tests/Analysis.Tests/Fixtures/Heldout17/heldout17.gold.jsonl", new Bars(0.83, 0.93, 0.56, 0.75, 0.49) },
        // Heldout19 (stories whose statements were made on different days): unseen at main 125a9a7 (0.848, 0.863, 0.665,
        // 0.742, 0.536), then a development set of session 7, chiefly for dates.
        { "tests/Analysis.Tests/Fixtures/Heldout19", "tests/Analysis.Tests/Fixtures/Heldout19/heldout19.gold.jsonl", new Bars(0.83, 0.85, 0.65, 0.73, 0.52) },
        // Held-out sets 4, 7, 8, 11, 13 and 16 (ordinary news, written blind, read by nobody who developed the code): the
        // honest measure of generalisation (Heldout4: 0.921, 0.980, 0.665, 0.646, 0.404; Heldout7: 0.874, 0.950, 0.669,
        // 0.802, 0.525; Heldout8: 0.900, 0.957, 0.584, 0.727, 0.511; Heldout11: 0.831, 0.901, 0.589, 0.810, 0.606; Heldout13:
        // 0.885, 0.877, 0.539, 0.742, 0.369; Heldout16 (unseen at 6415f10: 0.873, 0.993, 0.523, 0.748, 0.399): 0.885, 0.993,
        // 0.621, 0.757, 0.410; the six pooled: 0.883, 0.942, 0.611, 0.748, 0.476, against 0.881, 0.940, 0.568, 0.743, 0.469
        // at the start of session 6). The unseen-article bars for extraction (F1 0.85, dates 0.90) are met pooled, not by
        // Heldout11 (F1) and Heldout13 (dates) alone; the scoring bars (stance 0.80, sign 0.80, Spearman 0.60) are NOT met.
        { "tests/Analysis.Tests/Fixtures/Heldout4", "tests/Analysis.Tests/Fixtures/Heldout4/heldout4.gold.jsonl", new Bars(0.91, 0.97, 0.65, 0.63, 0.39) },
        { "tests/Analysis.Tests/Fixtures/Heldout7", "tests/Analysis.Tests/Fixtures/Heldout7/heldout7.gold.jsonl", new Bars(0.86, 0.94, 0.65, 0.79, 0.51) },
        { "tests/Analysis.Tests/Fixtures/Heldout8", "tests/Analysis.Tests/Fixtures/Heldout8/heldout8.gold.jsonl", new Bars(0.89, 0.94, 0.57, 0.71, 0.50) },
        { "tests/Analysis.Tests/Fixtures/Heldout11", "tests/Analysis.Tests/Fixtures/Heldout11/heldout11.gold.jsonl", new Bars(0.82, 0.89, 0.57, 0.80, 0.59) },
        { "tests/Analysis.Tests/Fixtures/Heldout13", "tests/Analysis.Tests/Fixtures/Heldout13/heldout13.gold.jsonl", new Bars(0.87, 0.86, 0.52, 0.73, 0.35) },
        { "tests/Analysis.Tests/Fixtures/Heldout16", "tests/Analysis.Tests/Fixtures/Heldout16/heldout16.gold.jsonl", new Bars(0.87, 0.98, 0.61, 0.74, 0.40) },
        // Heldout18 (local and civic disputes; unseen at 98dac62: 0.875, 0.831, 0.550, 0.762, 0.435), sealed like the six above.
        { "tests/Analysis.Tests/Fixtures/Heldout18", "tests/Analysis.Tests/Fixtures/Heldout18/heldout18.gold.jsonl", new Bars(0.86, 0.82, 0.53, 0.75, 0.42) },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Extracted_statements_meet_the_bars(string corpus, string goldPath, Bars bars)
    {
        using var folder = new TempFolder();
        var predicted = Path.Combine(folder.Path, "statements.jsonl");
        var extract = CliProcess.Run("extract", Path.Combine(RepositoryPaths.Root, corpus), "--out", predicted);
        Assert.True(extract.ExitCode == 0, extract.Stderr);

        var gold = goldPath.StartsWith("shared/", StringComparison.Ordinal)
            ? Path.Combine(RepositoryPaths.Shared, goldPath["shared/".Length..])
            : Path.Combine(RepositoryPaths.Root, goldPath);
        var result = ScorePy.Score(gold, predicted);
        output.WriteLine(result.Report);

        AssertAtLeast(result, "attributed_f1", bars.AttributedF1);
        AssertAtLeast(result, "date_accuracy", bars.DateAccuracy);
        AssertAtLeast(result, "stance_accuracy", bars.StanceAccuracy);
        AssertAtLeast(result, "sentiment_sign_agreement", bars.SentimentSign);
        AssertAtLeast(result, "sentiment_spearman", bars.SentimentSpearman);
    }

    public static TheoryData<string> HeldOutFolders => ["Heldout", "Heldout2", "Heldout3", "Heldout4", "Heldout5", "Heldout6", "Heldout7", "Heldout8", "Heldout9", "Heldout10", "Heldout11", "Heldout12", "Heldout13", "Heldout14", "Heldout15", "Heldout16", "Heldout17", "Heldout18", "Heldout19"];

    /// <summary>A held-out gold is only a judge while it stays true to its articles: every quote verbatim, dates possible.</summary>
    [Theory]
    [MemberData(nameof(HeldOutFolders))]
    public void Each_held_out_gold_passes_its_checker(string folder)
    {
        var fixtures = Path.Combine(RepositoryPaths.Root, "tests", "Analysis.Tests", "Fixtures");
        var check = ExternalProcess.Run("python3", [Path.Combine(fixtures, "check_heldout_gold.py"), Path.Combine(fixtures, folder)]);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Matches(@"\d+ statements, \d+ core", check.Stdout);
    }

    private static void AssertAtLeast(ScorePy.Result result, string figure, double bar)
    {
        var value = result.Figure(figure);
        Assert.True(value >= bar, $"{figure} = {value?.ToString("F3") ?? "none"}, below the bar {bar:F3}");
    }
}
