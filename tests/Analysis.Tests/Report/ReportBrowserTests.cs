using System.Text.Json;
using Analysis.Tests.Notebooks;
using Microsoft.Playwright;

namespace Analysis.Tests.Report;

/// <summary>
/// The report in a real browser: Debian's chromium driven by Playwright (never a downloaded browser), pages
/// opened over file:// as a reader would. No console errors, every chart drawn with its data, nothing from the
/// articles executed. Screenshots go to TestResults/screenshots for a human look.
/// </summary>
[Collection(ReportCollection.Name)]
public sealed class ReportBrowserTests(ReportFixture report)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string Screenshots = Path.GetFullPath(Path.Combine(NotebookTestKit.BinFolder, "..", "..", "..", "TestResults", "screenshots"));

    private sealed record PageCheck(string Page, List<string> Errors, int Charts, string ChartData, string? XssFlag);

    [Fact]
    public async Task Every_page_loads_without_errors_and_draws_its_charts()
    {
        var checks = await VisitAsync(report.SeedsReport, "seeds");
        Assert.All(checks, c => Assert.True(c.Errors.Count == 0, $"{c.Page}: {string.Join("\n", c.Errors)}"));
        var articles = checks.Single(c => c.Page == "articles.html");
        Assert.Equal(1, articles.Charts);
        // One bar trace with a bar per seed article, each with a length.
        using var data = JsonDocument.Parse(articles.ChartData);
        var trace = data.RootElement[0][0];
        Assert.Equal(5, trace.GetProperty("points").GetInt32());
        Assert.True(trace.GetProperty("drawn").GetInt32() >= 5, articles.ChartData);
    }

    [Fact]
    public async Task Nothing_from_a_hostile_corpus_executes_in_the_browser()
    {
        var checks = await VisitAsync(report.HostileReport, "hostile");
        Assert.All(checks, c => Assert.True(c.Errors.Count == 0, $"{c.Page}: {string.Join("\n", c.Errors)}"));
        Assert.All(checks, c => Assert.True(c.XssFlag is null, $"{c.Page}: injected code ran ({c.XssFlag})"));
        Assert.Equal(1, checks.Single(c => c.Page == "articles.html").Charts);
    }

    private static async Task<List<PageCheck>> VisitAsync(string reportFolder, string name)
    {
        NotebookTestKit.RequireTool(Chromium, "chromium");
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var checks = new List<PageCheck>();
        foreach (var path in ReportFixture.Pages(reportFolder))
        {
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.PageError += (_, error) => errors.Add(error);
            // Anything that tries to leave the machine is an error: the report must work offline.
            page.Request += (_, request) => { if (!request.Url.StartsWith("file://", StringComparison.Ordinal)) errors.Add($"network request: {request.Url}"); };
            await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var charts = await page.Locator(".js-plotly-plot").CountAsync();
            if (charts > 0) await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.js-plotly-plot')].every(el => el.querySelector('.main-svg'))");
            // Per chart, per trace: the points in its data and the marks plotly drew.
            var chartData = await page.EvaluateAsync<string>("""
                () => JSON.stringify([...document.querySelectorAll('.js-plotly-plot')].map(el => (el.data || []).map((t, i) => ({
                  points: (t.y || t.x || []).length,
                  drawn: el.querySelectorAll('.trace')[i] ? el.querySelectorAll('.trace')[i].querySelectorAll('.point, path.js-line, .bars path').length : 0
                }))))
                """);
            var flag = await page.EvaluateAsync<string?>("() => window.__xss === undefined ? null : String(window.__xss)");
            var file = Path.GetFileNameWithoutExtension(path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}-{file}.png"), FullPage = true });
            checks.Add(new PageCheck(Path.GetFileName(path), errors, charts, chartData, flag));
            await page.CloseAsync();
        }
        return checks;
    }
}
