using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Analysis.Charts;
using Analysis.Extraction;
using Analysis.Metrics;
using static Analysis.Tests.Metrics.TestStatements;

namespace Analysis.Tests.Charts;

/// <summary>
/// The figure JSON of each chart kind against a committed expected file in Fixtures/Charts, compared as
/// JSON trees (property order included, since the output order is part of the contract). To review a
/// deliberate change, run with ANALYSIS_UPDATE_GOLDEN=1, then read the diff before committing.
/// </summary>
public class ChartGoldenTests
{
    private static readonly Statement[] Corpus =
    [
        Make("Donald Trump", "White House", Day("2017-09-25"), -0.5, -0.2, "we will see"),
        Make("Rex Tillerson", "State Department", Day("2017-09-30"), 0.8, 0.3, "we have lines of communication"),
        Make("Donald Trump", "White House", Day("2017-10-01"), -0.9, -0.6, "Save your energy Rex <script>x</script>"),
        Make("Donald Trump", "White House", Day("2017-10-01"), -0.7, -0.4, "wasting his time & effort"),
        Make("Rex Tillerson", "State Department", Day("2017-10-01"), 0.4, 0.1, "channels remain open"),
        Make("Rex Tillerson", "State Department", Day("2017-10-16"), 0.6, 0.2, "diplomatic efforts will continue"),
        Make("Donald Trump", "White House", null, -0.5, 0, "undated"),
    ];

    private static readonly DivergenceOptions FewResamples = new(Resamples: 200);

    public static TheoryData<string> Kinds => ["line", "bar", "stacked-bar", "divergence", "heatmap", "statements"];

    private static Figure Build(string kind) => kind switch
    {
        "line" => Chart.Line(Aggregate.BySpeaker(Corpus, Period.Week), Measure.MeanStance),
        "bar" => Chart.Bar(Aggregate.ByAffiliation(Corpus, Period.Week)),
        "stacked-bar" => Chart.StackedBar(Aggregate.BySpeaker(Corpus, Period.Month)),
        "divergence" => Chart.Divergence(Divergence.Between(Corpus, Side.Speaker("Donald Trump"), Side.Affiliation("State Department"), Period.Week, FewResamples)),
        "heatmap" => Chart.Heatmap(Divergence.Matrix(Corpus, minStatements: 2, FewResamples)),
        "statements" => Chart.Statements(Corpus),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_figure_json_matches_the_golden_file(string kind)
    {
        var actual = Build(kind).ToJson();
        var file = $"{kind}.json";
        if (Environment.GetEnvironmentVariable("ANALYSIS_UPDATE_GOLDEN") == "1")
            File.WriteAllText(Path.Combine(SourceFixtures(), file), actual.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Charts", file)));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{file} differs:\n{actual.ToJsonString(new() { WriteIndented = true })}");
        Assert.Equal(expected!.ToJsonString(), actual.ToJsonString()); // same property order
    }

    private static string SourceFixtures([CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "..", "Fixtures", "Charts");
}
