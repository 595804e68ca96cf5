using AngleSharp.Html.Parser;
using Analysis.Display;
using Analysis.Metrics;
using Analysis.Tables;
using Analysis.Text;
using static Analysis.Tests.Metrics.TestStatements;

namespace Analysis.Tests.Tables;

public class TableTests
{
    private const string Hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> </div></td></table> \"quoted\" & 'single'";

    private static Table<StatementRow> HostileTable() => Table.Of(
    [
        Make("Donald Trump", "White House", Day("2017-10-01"), -0.9, 0.25, quote: Hostile, outlet: "<b>Outlet</b>"),
        Make("Rex Tillerson", "State Department", null, 0.6, quote: "we can talk to them"),
    ], caption: "Caption <i>with</i> markup");

    [Fact]
    public void Article_text_in_cells_renders_as_visible_text_never_markup()
    {
        var document = new HtmlParser().ParseDocument("<html><body>" + HostileTable().ToHtml() + "</body></html>");

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("b, i"));
        var script = Assert.Single(document.QuerySelectorAll("script")); // only the sort script
        Assert.DoesNotContain("alert", script.TextContent);
        var table = Assert.Single(document.QuerySelectorAll("table"));
        Assert.Equal("Caption <i>with</i> markup", table.QuerySelector("caption")!.TextContent);

        var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(headers.Count, r.QuerySelectorAll("td").Length));
        var cells = rows[0].QuerySelectorAll("td");
        Assert.Equal(Hostile, cells[headers.IndexOf("quote")].TextContent);
        Assert.Equal("<b>Outlet</b>", cells[headers.IndexOf("outlet")].TextContent);
        Assert.Equal("2017-10-01", cells[headers.IndexOf("date")].TextContent);
        Assert.Equal("-0.900", cells[headers.IndexOf("stance_score")].TextContent);
        Assert.Equal("-0.9", cells[headers.IndexOf("stance_score")].GetAttribute("data-value"));
        Assert.Equal("", rows[1].QuerySelectorAll("td")[headers.IndexOf("date")].TextContent);
    }

    [Fact]
    public void Statement_rows_have_the_contract_columns()
    {
        Assert.Equal(
            ["article", "outlet", "date", "date_precision", "speaker", "role", "affiliation", "kind", "quote", "cue",
             "sentiment", "stance", "stance_score", "evidence", "start", "end"],
            HostileTable().Columns.Select(c => c.Name));
        var row = HostileTable()[0];
        Assert.Equal(("hawkish", "direct", "day", "word"), (row.Stance, row.Kind, row.DatePrecision, row.Evidence));
    }

    [Fact]
    public void Numeric_headers_sort_numerically_and_missing_numbers_show_as_dashes()
    {
        var weekly = Aggregate.BySpeaker([Make("A", null, Day("2017-09-04"), 0.5), Make("A", null, Day("2017-09-18"), 0.5)], Period.Week);
        var document = new HtmlParser().ParseDocument(weekly.ToTable().ToHtml());
        var stanceHeader = document.QuerySelectorAll("th").Single(h => h.TextContent == "mean_stance");
        Assert.Equal("number", stanceHeader.GetAttribute("data-type"));
        var gap = document.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td.missing");
        Assert.Equal(2, gap.Length); // mean sentiment and mean stance of the empty week
        Assert.All(gap, c => Assert.Equal("", c.GetAttribute("data-value")));
    }

    [Fact]
    public void The_csv_round_trips_every_field_and_keeps_full_precision()
    {
        var table = HostileTable();
        var rows = Csv.Read(new StringReader(table.ToCsvString())).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(table.Columns.Select(c => c.Name), rows[0].Fields);
        var quote = table.Columns.ToList().FindIndex(c => c.Name == "quote");
        Assert.Equal(Hostile, rows[1].Fields[quote]);
        Assert.Equal("0.25", rows[1].Fields[table.Columns.ToList().FindIndex(c => c.Name == "sentiment")]);
    }

    [Fact]
    public void To_csv_writes_the_file_atomically()
    {
        var directory = Path.Combine(Path.GetTempPath(), "analysis-tables-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(directory, "statements.csv");
            HostileTable().ToCsv(path);
            Assert.Equal(HostileTable().ToCsvString(), File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(directory)); // no temporary file left behind
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_text_table_is_aligned_and_clips_long_cells()
    {
        var text = Table.Of([Make("Donald Trump", "White House", Day("2017-10-01"), -0.9, quote: new string('x', 200))]).ToText();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Statements", lines[0]);
        Assert.StartsWith("article", lines[1]);
        Assert.Matches("^-+( +-+)+$", lines[2]);
        Assert.Contains(new string('x', 59) + "…", lines[3]);
        Assert.DoesNotContain(new string('x', 61), text);
        Assert.Equal(lines[1].IndexOf("speaker", StringComparison.Ordinal), lines[3].IndexOf("Donald Trump", StringComparison.Ordinal));
    }

    [Fact]
    public void Displays_show_a_limited_number_of_rows_and_say_so()
    {
        var many = Table.Of(Enumerable.Range(0, 30).Select(i => Make("S" + i, null, null, 0))).Show(10);
        Assert.Contains("… 20 more rows (30 in all)", many.ToText());
        var document = new HtmlParser().ParseDocument(many.ToHtml());
        Assert.Equal(10, document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Showing 10 of 30 rows", document.QuerySelector("p.note")!.TextContent);
        Assert.Equal(30, many.ToCsvString().Count(c => c == '\n') - 1);
    }

    [Fact]
    public void The_mime_bundle_has_text_and_html()
    {
        var bundle = ((IMimeRenderable)Aggregate.Overall([Make("A", null, Day("2017-09-04"), 0.5), Make("A", null, null, 0.5)], Period.Day)).ToMimeBundle();
        Assert.Contains("1 statement without a known date", (string)bundle[MimeTypes.Plain]);
        Assert.Contains("<table>", (string)bundle[MimeTypes.Html]);
    }
}
