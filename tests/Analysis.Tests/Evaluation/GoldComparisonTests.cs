using Analysis.Evaluation;
using Analysis.Tests.Notebooks;

namespace Analysis.Tests.Evaluation;

public sealed class GoldComparisonTests
{
    private static readonly GoldComparison Comparison = GoldComparison.Compare(HandMadeGold.Gold, HandMadeGold.Predicted);

    [Fact]
    public void Every_gold_statement_and_every_unmatched_prediction_gets_its_verdict()
    {
        Assert.Equal(
            [Verdict.Found, Verdict.Found, Verdict.Missed, Verdict.NotRequired, Verdict.WrongSpeaker, Verdict.Spurious, Verdict.Spurious],
            Comparison.Verdicts.Select(v => v.Verdict));
        Assert.Equal("Nikki Haley", Comparison.Verdicts[5].FoundSpeaker);
        // The exact copy beats the longer duplicate, which is left over as spurious.
        Assert.Equal("We are probing, so stay tuned,", Comparison.Verdicts[0].Prediction!.Quote);
        Assert.Equal("We are probing so stay tuned, he said", Comparison.Verdicts[6].Quote);
    }

    [Fact]
    public void Dates_are_judged_by_day_or_by_month()
    {
        Assert.Equal([true, false, null, null, true], Comparison.Verdicts.Take(5).Select(v => v.DateRight));
    }

    [Fact]
    public void The_figures_count_as_score_py_defines_them()
    {
        var s = Comparison.Score;
        Assert.Equal(4, s.GoldCore);
        Assert.Equal(5, s.Predicted);
        Assert.Equal(3.0 / 4, s.QuoteRecall, 12);
        Assert.Equal(2.0 / 5, s.AttributedPrecision, 12);
        Assert.Equal(2.0 / 4, s.AttributedRecall, 12);
        Assert.Equal(2 * 0.4 * 0.5 / 0.9, s.AttributedF1, 12);
        Assert.Equal(2.0 / 3, s.SpeakerAccuracyOnFound, 12);
        Assert.Equal(2.0 / 3, s.DateAccuracy!.Value, 12);
        Assert.Equal(3, s.DatedN);
        Assert.Equal(2.0 / 3, s.StanceAccuracy!.Value, 12);
        Assert.Equal(2.0 / 3, s.SentimentSignAgreement!.Value, 12);
    }

    [Fact]
    public void Nothing_to_judge_gives_null_figures_not_zeros()
    {
        var empty = GoldComparison.Compare(HandMadeGold.Gold, Array.Empty<PredictedStatement>());
        Assert.Equal(0, empty.Score.AttributedF1);
        Assert.Null(empty.Score.DateAccuracy);
        Assert.Null(empty.Score.SentimentSpearman);
        Assert.All(empty.Verdicts, v => Assert.Contains(v.Verdict, new[] { Verdict.Missed, Verdict.NotRequired }));
    }

    [Theory]
    [InlineData("Rex Tillerson", "Secretary of State Rex Tillerson", true)]
    [InlineData("James Mattis", "Jim Mattis", true)]
    [InlineData("senior State Department official", "State Department official", true)]
    [InlineData("US State Department", "State Department", true)]
    [InlineData("Rex Tillerson", "Tillerson", true)]
    [InlineData("Donald Trump", "President Trump", true)]
    [InlineData("Heather Nauert", "James Mattis", false)]
    [InlineData("Donald Trump", "", false)]
    public void Speakers_match_leniently(string gold, string predicted, bool same) =>
        Assert.Equal(same, SpeakerMatch.Same(gold, predicted));

    [Fact]
    public void The_comparison_displays_the_figures_and_the_verdicts_as_escaped_html()
    {
        var gold = HandMadeGold.Gold.Append(new GoldStatement { File = "a.txt", Speaker = "<b>x</b>", Quote = "<script>alert(1)</script> words here" });
        var html = (string)GoldComparison.Compare(gold, HandMadeGold.Predicted).ToMimeBundle()["text/html"];
        Assert.Contains("attributed F1", html);
        Assert.Contains("wrong speaker", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>x</b>", html);
        Assert.Contains("&lt;script&gt;alert(1)", html);
    }

    [Fact]
    public void A_bad_gold_line_is_bad_input_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        var path = folder["gold.jsonl"];
        File.WriteAllLines(path, ["{\"file\": \"a.txt\", \"speaker\": \"X\", \"quote\": \"words\"}", "", "{not json"]);
        var error = Assert.Throws<InputException>(() => GoldFile.Load(path));
        Assert.Contains($"{path}:3", error.Message);
        File.WriteAllLines(path, ["{\"file\": \"a.txt\", \"quote\": \"no speaker\"}"]);
        Assert.Contains($"{path}:1", Assert.Throws<InputException>(() => GoldFile.Load(path)).Message);
        Assert.Contains("not found", Assert.Throws<InputException>(() => GoldFile.Load(folder["missing.jsonl"])).Message);
    }

    [Fact]
    public void The_shared_gold_file_loads()
    {
        var gold = GoldFile.Load(RepositoryPaths.Gold);
        Assert.Equal(62, gold.Count);
        Assert.Equal(11, gold.Count(g => g.Optional));
        Assert.All(gold, g => Assert.False(string.IsNullOrEmpty(g.Quote)));
    }
}
