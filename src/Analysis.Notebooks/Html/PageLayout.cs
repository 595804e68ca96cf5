using System.Text;

namespace Analysis.Notebooks.Html;

/// <summary>
/// The frame every report page shares: one stylesheet inline (pages are self-contained), plotly.min.js from
/// the page's folder, and the script that draws each chart from its JSON block with plain Plotly.newPlot.
/// </summary>
public static class PageLayout
{
    private const string Style = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --code: #f6f8fa; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1040px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        header.page { border-bottom: 1px solid var(--line); margin-bottom: 1.5rem; padding-bottom: .5rem; }
        header.page nav { font-size: .9rem; }
        a { color: var(--accent); }
        h1, h2, h3 { line-height: 1.25; }
        pre, code { font: 13.5px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
        .cell { margin: 1rem 0; }
        .cell.code .source { display: grid; grid-template-columns: 4.5rem 1fr; }
        .prompt { color: var(--muted); font: 12px/2 ui-monospace, monospace; text-align: right; padding-right: .6rem; user-select: none; }
        .source pre { margin: 0; padding: .6rem .8rem; background: var(--code); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
        .outputs { margin-left: 4.5rem; }
        .output { margin: .5rem 0; overflow-x: auto; }
        .output pre { margin: 0; padding: .3rem .2rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        .output.stderr pre { background: #fff8e6; }
        .output.error pre { background: #ffebe9; color: #82071e; padding: .6rem .8rem; border-radius: 6px; }
        .output table { border-collapse: collapse; font-size: .9rem; margin: .25rem 0; }
        .output th, .output td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        .output th { background: var(--code); }
        .plotly-chart { width: 100%; min-height: 420px; }
        .k { color: #cf222e; } .s { color: #0a3069; } .c { color: #59636e; font-style: italic; } .n { color: #0550ae; } .p { color: #8250df; }
        .status-ok { color: #1a7f37; } .status-failed { color: #cf222e; }
        table.index { border-collapse: collapse; width: 100%; }
        table.index th, table.index td { border-bottom: 1px solid var(--line); padding: .5rem .6rem; text-align: left; }
        .muted { color: var(--muted); font-size: .9rem; }
        """;

    private const string DrawCharts = """
        (function () {
          var charts = document.querySelectorAll('div.plotly-chart');
          if (!charts.length) return;
          if (typeof Plotly === 'undefined') {
            charts.forEach(function (div) { div.textContent = 'Chart not drawn: plotly.min.js was not found beside this page.'; });
            return;
          }
          charts.forEach(function (div) {
            var figure = JSON.parse(document.getElementById(div.getAttribute('data-figure')).textContent);
            Plotly.newPlot(div, figure.data || [], figure.layout || {}, { responsive: true, displaylogo: false });
          });
        })();
        """;

    public static string Page(string title, string navigation, string body, bool hasCharts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n");
        if (hasCharts) html.Append("<script src=\"").Append(PlotlyAsset.FileName).Append("\"></script>\n");
        html.Append("</head>\n<body>\n<main>\n");
        if (navigation.Length > 0) html.Append("<header class=\"page\"><nav>").Append(navigation).Append("</nav></header>\n");
        html.Append(body);
        html.Append("</main>\n");
        if (hasCharts) html.Append("<script>\n").Append(DrawCharts).Append("</script>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }
}
