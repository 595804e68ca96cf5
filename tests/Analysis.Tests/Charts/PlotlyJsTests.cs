using AngleSharp.Html.Parser;
using Analysis.Charts;
using static Analysis.Tests.Metrics.TestStatements;

namespace Analysis.Tests.Charts;

public class PlotlyJsTests
{
    [Fact]
    public void The_embedded_source_is_plotly_and_safe_to_inline()
    {
        Assert.True(PlotlyJs.Source.Length > 1_000_000);
        Assert.Contains("newPlot", PlotlyJs.Source);
        Assert.Contains(PlotlyJs.Version, PlotlyJs.Source);
        Assert.DoesNotContain("</script", PlotlyJs.Source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_saved_page_works_offline_with_plotly_beside_it()
    {
        var directory = Path.Combine(Path.GetTempPath(), "analysis-charts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var figure = Chart.Statements([Make("A", null, Day("2017-09-22"), 0.2)]).WithTitle("A <title>");
            figure.SaveHtml(Path.Combine(directory, "figure.html"));

            Assert.Equal(PlotlyJs.Source, File.ReadAllText(Path.Combine(directory, PlotlyJs.FileName)));
            var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(directory, "figure.html")));
            Assert.Equal("A <title>", document.Title);
            var scripts = document.QuerySelectorAll("script");
            Assert.Equal(PlotlyJs.FileName, scripts[0].GetAttribute("src"));
            Assert.Contains("Plotly.newPlot", scripts[1].TextContent);
            Assert.DoesNotContain("http", document.Head!.InnerHtml);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void An_inlined_page_holds_plotly_itself()
    {
        var page = Chart.Statements([Make("A", null, Day("2017-09-22"), 0.2)]).ToStandaloneHtml(inlinePlotly: true);
        var document = new HtmlParser().ParseDocument(page);
        Assert.Equal(2, document.QuerySelectorAll("script").Length);
        Assert.Null(document.QuerySelector("script[src]"));
    }
}
