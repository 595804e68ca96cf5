using System.Globalization;
using System.Text;

namespace Analysis.Notebooks.Html;

/// <summary>The report's front page: what was analysed, the statements file, and a link to every rendered notebook.</summary>
public static class ReportIndexPage
{
    public sealed record Summary(string Corpus, int Articles, int Statements, string StatementsFile, TimeSpan ExtractionTime);

    /// <summary>What notebook pages link back with.</summary>
    public const string BackLink = "<a href=\"index.html\">&larr; Report index</a>";

    public static string Render(Summary summary, IReadOnlyList<PublishedNotebook> notebooks)
    {
        var html = new StringBuilder();
        html.Append("<h1>Who said what, when, and how</h1>\n<p>")
            .Append(summary.Statements.ToString(CultureInfo.InvariantCulture)).Append(" statements from ")
            .Append(summary.Articles.ToString(CultureInfo.InvariantCulture)).Append(summary.Articles == 1 ? " article" : " articles")
            .Append(" in <code>").Append(HtmlText.Encode(summary.Corpus)).Append("</code>, extracted in ")
            .Append(summary.ExtractionTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" s. ")
            .Append("Every statement, with its speaker, date, stance, sentiment and character offsets: <a href=\"")
            .Append(HtmlText.Encode(Uri.EscapeDataString(summary.StatementsFile))).Append("\">").Append(HtmlText.Encode(summary.StatementsFile)).Append("</a>.</p>\n");

        html.Append("<h2>Notebooks</h2>\n");
        if (notebooks.Count == 0)
        {
            html.Append("<p class=\"muted\">No notebooks were found.</p>\n");
        }
        else
        {
            html.Append("<table class=\"index\">\n<thead><tr><th>Notebook</th><th>Status</th><th>Run time</th><th>Source</th></tr></thead>\n<tbody>\n");
            foreach (var notebook in notebooks)
            {
                var page = Path.GetFileName(notebook.HtmlPath);
                var executed = Path.GetFileName(notebook.NotebookPath);
                var status = notebook.Run.Succeeded
                    ? "<span class=\"status-ok\">ran</span>"
                    : $"<span class=\"status-failed\">failed: {HtmlText.Encode(notebook.Run.Errors[0].ToString())}</span>";
                html.Append("<tr><td><a href=\"").Append(HtmlText.Encode(Uri.EscapeDataString(page))).Append("\">").Append(HtmlText.Encode(notebook.Title)).Append("</a></td>")
                    .Append("<td>").Append(status).Append("</td>")
                    .Append("<td>").Append(notebook.Run.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" s</td>")
                    .Append("<td><a href=\"").Append(HtmlText.Encode(Uri.EscapeDataString(executed))).Append("\">").Append(HtmlText.Encode(executed)).Append("</a></td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("<p class=\"muted\">Generated ").Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            .Append(" by <code>analysis report</code>. The pages work offline; the executed notebooks open in VS Code and Jupyter.</p>\n");
        return PageLayout.Page("Statements report", "", html.ToString(), hasCharts: false);
    }
}
