using AngleSharp.Html.Parser;

namespace Analysis.Tests.Report;

/// <summary>Article text is data: markup in a corpus shows as text and never becomes elements or script.</summary>
[Collection(ReportCollection.Name)]
public sealed class ReportSecurityTests(ReportFixture report)
{
    [Fact]
    public void Markup_in_articles_becomes_no_element_on_any_page()
    {
        Assert.True(report.HostileRun.ExitCode == 0, report.HostileRun.Stdout + report.HostileRun.Stderr);
        foreach (var page in ReportFixture.Pages(report.HostileReport))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.Empty(document.QuerySelectorAll("[onerror]"));
            Assert.Empty(document.QuerySelectorAll("b")); // "<b>Evil</b> Times" and "<b>soon</b>" are text
            foreach (var script in document.Scripts)
            {
                Assert.True(script.Source == "plotly.min.js" || script.Type == "application/json" || script.Text.Contains("Plotly.newPlot", StringComparison.Ordinal),
                    $"{Path.GetFileName(page)}: unexpected script: {script.OuterHtml[..Math.Min(200, script.OuterHtml.Length)]}");
                Assert.DoesNotContain("__xss", script.Type == "application/json" ? "" : script.Text);
            }
        }
    }

    [Fact]
    public void The_articles_markup_is_visible_as_text()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(report.HostileReport, "articles.html")));
        var text = page.Body!.TextContent;
        Assert.Contains("<script>window.__xss = 'body'</script>", text);
        Assert.Contains("</div><img src=x onerror=", text);
        Assert.Contains("<b>Evil</b> Times", text);
        var table = page.QuerySelector("table.test-table")!;
        Assert.Contains("<script>window.__xss = 'title'</script>", table.TextContent);
    }

    [Fact]
    public void Chart_json_cannot_close_its_script_block()
    {
        var html = File.ReadAllText(Path.Combine(report.HostileReport, "articles.html"));
        var document = new HtmlParser().ParseDocument(html);
        var figure = document.QuerySelector("script[type='application/json']")!;
        Assert.DoesNotContain("<", figure.TextContent);
        Assert.DoesNotContain(">", figure.TextContent);
        Assert.DoesNotContain("&", figure.TextContent);
        Assert.Contains("window.__xss", System.Text.Json.Nodes.JsonNode.Parse(figure.TextContent)!.ToJsonString());
    }
}
