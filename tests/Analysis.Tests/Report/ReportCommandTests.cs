using Analysis.Tests.Cli;
using Analysis.Text;
using AngleSharp.Html.Parser;

namespace Analysis.Tests.Report;

[Collection(ReportCollection.Name)]
public sealed class ReportCommandTests(ReportFixture report)
{
    [Fact]
    public void The_report_runs_every_notebook_and_links_them_from_the_index()
    {
        Assert.True(report.SeedsRun.ExitCode == 0, report.SeedsRun.Stdout + report.SeedsRun.Stderr);
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(report.SeedsReport, "index.html")));
        var links = index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("statements.csv", links);
        foreach (var notebook in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb").Append("articles.ipynb"))
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            Assert.Contains(name + ".html", links);
            Assert.Contains(name + ".ipynb", links);
            Assert.True(File.Exists(Path.Combine(report.SeedsReport, name + ".html")));
        }
        Assert.Single(Directory.GetFiles(report.SeedsReport, "plotly.min.js"));
    }

    [Fact]
    public void Statements_csv_has_the_contract_columns_and_one_row_per_statement()
    {
        using var reader = new StreamReader(Path.Combine(report.SeedsReport, "statements.csv"));
        var rows = Csv.Read(reader).ToList();
        // DESIGN.md's contract: at least these columns, in this order (the writer may add more, e.g. outlet, evidence).
        string[] contract = ["article", "speaker", "speaker_role", "affiliation", "kind", "quote", "cue", "date", "date_evidence", "date_precision", "stance", "stance_score", "sentiment", "start", "end"];
        Assert.Equal(contract, rows[0].Fields.Where(contract.Contains));
        Assert.All(rows.Skip(1), row => Assert.Equal(rows[0].Fields.Count, row.Fields.Count));
        Assert.Matches(@"^\d+ statements from 5 articles", report.SeedsRun.Stdout);
    }

    [Fact]
    public void The_corpus_path_is_injected_into_each_notebook()
    {
        var executed = File.ReadAllText(Path.Combine(report.SeedsReport, "articles.ipynb"));
        Assert.Contains("injected-parameters", executed);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(Path.Combine(RepositoryPaths.Root, "seeds"))[1..^1], executed);
    }

    [Fact]
    public void A_missing_corpus_is_bad_input()
    {
        var result = CliProcess.RunIn(Path.GetTempPath(), "report", "--corpus", "no-such-corpus", "--out", "unused");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-corpus", result.Stderr);
    }
}
