using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Analysis.Display;
using Markdig;

namespace Analysis.Notebooks.Html;

/// <summary>
/// An executed notebook as one self-contained HTML page: markdown cells through Markdig, code cells coloured,
/// outputs below them. HTML outputs come from our own renderers (tables, charts), which encode what they show;
/// everything else (console text, plain values, errors) is encoded here. Charts are drawn by plotly.js from the
/// figure JSON, which sits in a script block with its HTML-sensitive characters escaped.
/// </summary>
public static partial class NotebookHtmlRenderer
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^#\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    /// <summary>The notebook's first "# heading", or its file name.</summary>
    public static string Title(NotebookDocument notebook)
    {
        foreach (var cell in notebook.Cells.OfType<JsonObject>().Where(c => NotebookDocument.CellType(c) == "markdown"))
        {
            var heading = MarkdownHeading().Match(NotebookDocument.Source(cell));
            if (heading.Success) return heading.Groups[1].Value.Trim();
        }
        return Path.GetFileNameWithoutExtension(notebook.Path);
    }

    public static string Render(NotebookDocument notebook, string navigation = "")
    {
        var body = new StringBuilder();
        var charts = 0;
        foreach (var cell in notebook.Cells.OfType<JsonObject>())
        {
            var source = NotebookDocument.Source(cell);
            switch (NotebookDocument.CellType(cell))
            {
                case "markdown":
                    body.Append("<section class=\"cell markdown\">\n").Append(Markdig.Markdown.ToHtml(source, Markdown)).Append("</section>\n");
                    break;
                case "code":
                    body.Append("<section class=\"cell code\">\n<div class=\"source\"><div class=\"prompt\">In [")
                        .Append(cell["execution_count"]?.ToJsonString() ?? "&nbsp;").Append("]:</div><pre><code class=\"language-csharp\">")
                        .Append(CSharpHighlighter.ToHtml(source)).Append("</code></pre></div>\n");
                    if (cell["outputs"] is JsonArray { Count: > 0 } outputs)
                    {
                        body.Append("<div class=\"outputs\">\n");
                        foreach (var output in outputs.OfType<JsonObject>()) AppendOutput(body, output, ref charts);
                        body.Append("</div>\n");
                    }
                    body.Append("</section>\n");
                    break;
                default:
                    body.Append("<section class=\"cell raw\"><pre>").Append(HtmlText.Encode(source)).Append("</pre></section>\n");
                    break;
            }
        }
        return PageLayout.Page(Title(notebook), navigation, body.ToString(), charts > 0);
    }

    private static void AppendOutput(StringBuilder html, JsonObject output, ref int charts)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                var name = (string?)output["name"] == "stderr" ? "stderr" : "stdout";
                html.Append("<div class=\"output ").Append(name).Append("\"><pre>").Append(HtmlText.Encode(Text(output["text"]))).Append("</pre></div>\n");
                break;
            case "error":
                var traceback = output["traceback"] is JsonArray lines ? string.Join("\n", lines.Select(l => (string?)l)) : "";
                var message = $"{(string?)output["ename"]}: {(string?)output["evalue"]}\n{traceback}";
                html.Append("<div class=\"output error\"><pre>").Append(HtmlText.Encode(AnsiEscape().Replace(message, ""))).Append("</pre></div>\n");
                break;
            case "execute_result" or "display_data" when output["data"] is JsonObject data:
                AppendData(html, data, ref charts);
                break;
        }
    }

    /// <summary>The richest representation we can draw: a plotly figure, then HTML, then plain text.</summary>
    private static void AppendData(StringBuilder html, JsonObject data, ref int charts)
    {
        if (data[MimeTypes.Plotly] is JsonObject figure)
        {
            var id = $"chart-{++charts}";
            html.Append("<div class=\"output chart\"><div class=\"plotly-chart\" id=\"").Append(id).Append("\" data-figure=\"").Append(id).Append("-figure\"></div>")
                .Append("<script type=\"application/json\" id=\"").Append(id).Append("-figure\">").Append(HtmlText.ScriptJson(figure)).Append("</script></div>\n");
        }
        else if (data[MimeTypes.Html] is { } markup)
        {
            html.Append("<div class=\"output html\">").Append(Text(markup)).Append("</div>\n");
        }
        else if (data[MimeTypes.Plain] is { } plain)
        {
            html.Append("<div class=\"output plain\"><pre>").Append(HtmlText.Encode(Text(plain))).Append("</pre></div>\n");
        }
    }

    /// <summary>nbformat's multiline string: one string or a list of lines.</summary>
    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        null => "",
        _ => node.ToJsonString(),
    };
}
