using System.Net;
using System.Text;

namespace Analysis.Tables;

/// <summary>
/// Writes a table as HTML that reads well as is (header, caption, right-aligned numbers, a note) and becomes
/// sortable by clicking a header when scripts run. Article text is data, never markup: every cell, caption
/// and attribute value goes through <see cref="WebUtility.HtmlEncode"/>, so a quote holding
/// <c>&lt;script&gt;</c> or <c>&lt;/td&gt;</c> shows as those characters.
/// </summary>
public static class HtmlTable
{
    // Sorts the rows of the table just before this script by a clicked header: numbers by data-value
    // (missing values last), text by its content. Only reads the DOM; never inserts markup.
    private const string SortScript =
        "(function(s){var t=s&&s.previousElementSibling;if(!t||!t.tHead)return;var h=t.tHead.rows[0].cells;" +
        "Array.prototype.forEach.call(h,function(c,i){c.style.cursor='pointer';c.title='Sort';c.addEventListener('click',function(){" +
        "var b=t.tBodies[0],d=c.getAttribute('aria-sort')==='ascending'?-1:1,n=c.dataset.type==='number';" +
        "var r=Array.prototype.slice.call(b.rows);r.sort(function(x,y){var p=x.cells[i],q=y.cells[i];" +
        "if(n){var u=p.dataset.value===''?NaN:+p.dataset.value,v=q.dataset.value===''?NaN:+q.dataset.value;" +
        "if(isNaN(u))return isNaN(v)?0:1;if(isNaN(v))return -1;return (u-v)*d;}" +
        "return p.textContent.localeCompare(q.textContent)*d;});" +
        "Array.prototype.forEach.call(h,function(o){o.removeAttribute('aria-sort');});c.setAttribute('aria-sort',d>0?'ascending':'descending');" +
        "r.forEach(function(e){b.appendChild(e);});});});})(document.currentScript);";

    private const string Style =
        ".analysis-table table{border-collapse:collapse;font-size:13px;margin:0.5em 0}" +
        ".analysis-table caption{text-align:left;font-weight:600;padding:0.25em 0}" +
        ".analysis-table th,.analysis-table td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}" +
        ".analysis-table th{background:#f4f4f4;white-space:nowrap}" +
        ".analysis-table td.num,.analysis-table th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}" +
        ".analysis-table td.missing{color:#999;text-align:center}" +
        ".analysis-table .note{color:#555;font-size:12px;margin:0.25em 0}";

    /// <summary>Renders <paramref name="rows"/> (of <paramref name="total"/>) under <paramref name="columns"/>.</summary>
    public static string Render(IReadOnlyList<TableColumn> columns, IReadOnlyList<object> rows, int total, string? caption, string? note)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"analysis-table\"><style>").Append(Style).Append("</style>\n<table>");
        if (caption is not null) html.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        html.Append("\n<thead><tr>");
        foreach (var c in columns)
        {
            html.Append(c.IsNumeric ? "<th scope=\"col\" class=\"num\" data-type=\"number\">" : "<th scope=\"col\" data-type=\"text\">")
                .Append(Encode(c.Name)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var c in columns)
            {
                if (!c.IsNumeric) html.Append("<td>").Append(Encode(c.Display(row))).Append("</td>");
                else if (c.ValueOf(row) is null) html.Append("<td class=\"num missing\" data-value=\"\">—</td>");
                else html.Append("<td class=\"num\" data-value=\"").Append(Encode(c.Raw(row))).Append("\">").Append(Encode(c.Display(row))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table><script>").Append(SortScript).Append("</script>\n");
        if (total > rows.Count) html.Append("<p class=\"note\">Showing ").Append(rows.Count).Append(" of ").Append(total).Append(" rows; export them all with ToCsv.</p>");
        if (note is not null) html.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>");
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>HTML-encodes text for an element or a double-quoted attribute (&lt; &gt; &amp; " ').</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
