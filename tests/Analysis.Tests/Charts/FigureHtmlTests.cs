using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Analysis.Charts;
using Analysis.Display;
using Analysis.Metrics;
using static Analysis.Tests.Metrics.TestStatements;

namespace Analysis.Tests.Charts;

public class FigureHtmlTests
{
    private const string Hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)> & more";

    private static Figure HostileFigure() =>
        Chart.Statements([Make("Kim <b>Jong-un</b>", "North Korea", Day("2017-09-22"), -1, quote: Hostile, outlet: "KCNA </div>")]);

    [Fact]
    public void The_html_fallback_is_a_div_and_one_plain_newPlot_script_that_quotes_cannot_escape()
    {
        var html = HostileFigure().ToHtml();
        var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");

        var div = Assert.Single(document.QuerySelectorAll("div"));
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.StartsWith($"Plotly.newPlot(\"{div.Id}\", [", script.TextContent);
        Assert.DoesNotContain("<", script.TextContent);
        Assert.DoesNotContain("require", script.TextContent);
        Assert.DoesNotContain("http", script.TextContent);
        Assert.Contains("\\u003Cbr\\u003E", script.TextContent); // the library's own markup is escaped in the JSON too
        Assert.Contains("\\u0026lt;/script\\u0026gt;", script.TextContent);
    }

    [Fact]
    public void Even_unescaped_text_from_a_hand_built_trace_cannot_close_the_script()
    {
        var figure = new Figure().Add(new PointsTrace("p", ["2017-09-22"], [1.0]) { HoverText = ["</script><script>alert(1)</script>"] });
        var document = new HtmlParser().ParseDocument("<html><body>" + figure.ToHtml() + "</body></html>");
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.DoesNotContain("<", script.TextContent);
        Assert.Contains("\\u003C/script\\u003E", script.TextContent);
    }

    [Fact]
    public void Hover_text_names_and_titles_are_escaped_for_plotly_markup_but_keep_the_words()
    {
        var trace = HostileFigure().ToJson()["data"]![0]!;
        var hover = trace["text"]![0]!.GetValue<string>();
        Assert.DoesNotContain("<script", hover);
        Assert.DoesNotContain("<img", hover);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)", hover);
        Assert.Contains("&amp;", hover);
        Assert.Contains("KCNA &lt;/div&gt;", hover);
        Assert.Contains("2017-09-22", hover);
        Assert.Equal("Kim &lt;b&gt;Jong-un&lt;/b&gt;", trace["name"]!.GetValue<string>());
    }

    [Fact]
    public void Long_quotes_are_wrapped_and_clipped_in_hover_labels()
    {
        var quote = string.Join(' ', Enumerable.Repeat("negotiate", 60));
        var label = Hover.Of(Make("A", null, Day("2017-09-22"), 0, quote: quote));
        var lines = label.Split("<br>");
        Assert.All(lines.SkipLast(1), l => Assert.True(l.Length <= 70, l));
        Assert.Contains("…”", label);
    }

    [Fact]
    public void The_mime_bundle_carries_plotly_json_html_and_a_text_summary()
    {
        var weekly = Aggregate.BySpeaker([Make("A", null, Day("2017-09-04"), 0.5), Make("A", null, Day("2017-09-18"), 0.1)], Period.Week);
        var bundle = ((IMimeRenderable)Chart.Line(weekly, Measure.MeanStance)).ToMimeBundle();

        var plotly = Assert.IsAssignableFrom<JsonNode>(bundle[MimeTypes.Plotly]);
        Assert.Equal([0.5, null, 0.1], plotly["data"]![0]!["y"]!.AsArray().Select(v => v?.GetValue<double>()));
        Assert.False(plotly["data"]![0]!["connectgaps"]!.GetValue<bool>());
        Assert.Equal("date", plotly["layout"]!["xaxis"]!["type"]!.GetValue<string>());
        Assert.Contains("Plotly.newPlot", (string)bundle[MimeTypes.Html]);
        Assert.Contains("line A: 2 values, 1 gaps", (string)bundle[MimeTypes.Plain]);
    }

    [Fact]
    public void Ids_are_unique_so_figures_can_share_a_page()
    {
        var figure = HostileFigure();
        var ids = Enumerable.Range(0, 3).Select(_ => new HtmlParser().ParseDocument(figure.ToHtml()).QuerySelector("div")!.Id).ToList();
        Assert.Equal(3, ids.Distinct().Count());
    }
}
