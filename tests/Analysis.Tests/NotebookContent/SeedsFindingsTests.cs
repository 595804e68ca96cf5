using System.Text.Json.Nodes;
using Analysis.Corpus;
using Analysis.Metrics;
using Analysis.Pipeline;

namespace Analysis.Tests.NotebookContent;

/// <summary>
/// What the charts must show on the seeds, stated from the data: the President's stance on the day of his
/// tweets is far more hawkish than the Secretary of State's on the day of his Beijing remarks, and the Trump
/// vs. State Department divergence peaks around those days — in the library's figures and in the chart the
/// divergence notebook draws.
/// </summary>
public sealed class SeedsFindingsTests(SeedsNotebooksFixture seeds) : IClassFixture<SeedsNotebooksFixture>
{
    private static readonly DateOnly BeijingRemarks = new(2017, 9, 30);
    private static readonly DateOnly Tweets = new(2017, 10, 1);
    private static readonly IReadOnlyList<Analysis.Extraction.Statement> Statements =
        CorpusLoader.LoadFolder(RepositoryPaths.Seeds).SelectMany(new ArticleAnalyzer().Analyze).ToList();

    [Fact]
    public void Trump_on_the_day_of_his_tweets_is_far_more_hawkish_than_Tillerson_on_the_day_of_Beijing()
    {
        var daily = Aggregate.BySpeaker(Statements, Period.Day);
        var trump = daily.Single(r => r.Group == "Donald Trump" && r.Period == Tweets);
        var tillerson = daily.Single(r => r.Group == "Rex Tillerson" && r.Period == BeijingRemarks);
        Assert.True(trump.MeanStance < 0, $"Trump on {Tweets}: {trump.MeanStance} (n = {trump.Count}), expected hawkish");
        Assert.True(tillerson.MeanStance > 0, $"Tillerson on {BeijingRemarks}: {tillerson.MeanStance} (n = {tillerson.Count}), expected conciliatory");
        // "Far": more than half of the stance scale (-1 .. +1) apart.
        Assert.True(tillerson.MeanStance - trump.MeanStance > 1.0, $"gap {tillerson.MeanStance - trump.MeanStance}");
    }

    [Fact]
    public void The_Trump_State_Department_divergence_peaks_around_those_days()
    {
        var gap = Divergence.Between(Statements, Side.Speaker("Donald Trump"), Side.Affiliation("State Department"), Period.Day);
        var peak = gap.Peak;
        Assert.NotNull(peak);
        Assert.InRange(peak.Period, BeijingRemarks.AddDays(-1), Tweets.AddDays(1));
        Assert.True(peak.Gap < 0, "at the peak the President is the more hawkish side");
        Assert.True(peak.CiHigh < 0, $"the interval [{peak.CiLow}, {peak.CiHigh}] excludes no gap");
    }

    [Fact]
    public void The_divergence_notebook_draws_that_peak_and_says_it_in_words()
    {
        var notebook = seeds.Named("04-speaker-divergence").Run.Notebook;
        var figure = NotebookOutputs.Figure(notebook, "gap-chart");
        var gapTrace = ((JsonArray)figure["data"]!).OfType<JsonObject>().Single(t => ((string)t["name"]!).StartsWith("stance gap", StringComparison.Ordinal));
        var points = ((JsonArray)gapTrace["x"]!).Zip((JsonArray)gapTrace["y"]!)
            .Where(p => p.Second is not null)
            .Select(p => (Day: DateOnly.Parse(((string)p.First!)[..10], System.Globalization.CultureInfo.InvariantCulture), Gap: (double)p.Second!))
            .ToList();
        var drawnPeak = points.MaxBy(p => Math.Abs(p.Gap));
        Assert.InRange(drawnPeak.Day, BeijingRemarks.AddDays(-1), Tweets.AddDays(1));
        Assert.Contains($"The widest gap is on {drawnPeak.Day:yyyy-MM-dd}", NotebookOutputs.CellText(notebook, "peak"));
    }
}
