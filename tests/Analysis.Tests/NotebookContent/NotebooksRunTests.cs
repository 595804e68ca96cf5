using System.Diagnostics;
using System.Text.Json.Nodes;
using Analysis.Corpus;
using Analysis.Notebooks;
using Analysis.Output;
using Analysis.Pipeline;
using Analysis.Tests.Notebooks;
using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.NotebookContent;

/// <summary>
/// Every notebook in notebooks/ runs on the seeds without an error, draws every chart with data, passes the
/// real nbformat validator and converts with nbconvert; the source notebooks open in VS Code as C# notebooks;
/// and they still run (saying so) on a corpus where nothing is found and without the gold.
/// </summary>
public sealed class NotebooksRunTests(SeedsNotebooksFixture seeds) : IClassFixture<SeedsNotebooksFixture>
{
    public static TheoryData<string> Sources => new(NotebookPublisher.Find(RepositoryPaths.Notebooks).Select(Path.GetFileName)!);

    [Fact]
    public void The_five_notebooks_are_there() =>
        Assert.Equal(["01-load-and-explore", "02-statement-counts", "03-sentiment-and-stance", "04-speaker-divergence", "05-teaching"],
            seeds.Published.Select(p => Path.GetFileNameWithoutExtension(p.NotebookPath)));

    [Fact]
    public void Every_notebook_runs_on_the_seeds_without_an_error() =>
        Assert.All(seeds.Published, p => Assert.True(p.Run.Succeeded, $"{p.NotebookPath}: {string.Join("\n", p.Run.Errors)}"));

    [Fact]
    public void Every_chart_draws_traces_with_data()
    {
        foreach (var published in seeds.Published)
        {
            foreach (var figure in NotebookOutputs.Figures(published.Run.Notebook))
            {
                var traces = ((JsonArray)figure["data"]!).OfType<JsonObject>().ToList();
                var title = figure["layout"]?["title"]?["text"]?.ToString();
                Assert.True(traces.Count > 0, $"{published.NotebookPath}: chart '{title}' has no trace");
                Assert.True(traces.Any(t => HasNumber(t["y"]) || HasNumber(t["z"])), $"{published.NotebookPath}: chart '{title}' has no data");
            }
        }
        Assert.True(seeds.Published.Sum(p => NotebookOutputs.Figures(p.Run.Notebook).Count()) >= 10);
    }

    [Fact]
    public void Every_executed_notebook_passes_nbformat_validate_and_one_converts_with_nbconvert()
    {
        var validation = JupyterTools.Validate([.. seeds.Published.Select(p => p.NotebookPath)]);
        Assert.True(validation.ExitCode == 0, validation.Output);
        Assert.Equal(seeds.Published.Count, validation.Stdout.Split('\n').Count(l => l.EndsWith(" 4 5", StringComparison.Ordinal)));

        using var folder = new TempFolder();
        var conversion = JupyterTools.ConvertToHtml(seeds.Named("05-teaching").NotebookPath, folder.Path);
        Assert.True(conversion.ExitCode == 0, conversion.Output);
        Assert.Contains("Solutions (for the teacher)", File.ReadAllText(Path.Combine(folder.Path, "05-teaching.html")));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_source_notebook_is_a_csharp_notebook_with_the_library_and_parameters_first(string file)
    {
        var notebook = NotebookFile.Read(Path.Combine(RepositoryPaths.Notebooks, file));
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, file)))!;
        Assert.Equal(4, (int)root["nbformat"]!);
        Assert.Equal(5, (int)root["nbformat_minor"]!);
        Assert.Equal(".net-csharp", (string?)root["metadata"]!["kernelspec"]!["name"]);
        var cells = notebook.Cells.OfType<JsonObject>().ToList();
        var ids = cells.Select(c => (string?)c["id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9-]+$", id));
        var code = cells.Where(c => NotebookDocument.CellType(c) == "code").ToList();
        Assert.StartsWith("// The library", NotebookDocument.Source(code[0]));
        Assert.Contains("#r \"../src/Analysis/bin/Debug/net10.0/Analysis.dll\"", NotebookDocument.Source(code[0]));
        Assert.True(NotebookDocument.HasTag(code[1], NotebookDocument.ParametersTag), $"{file}: the second code cell is not tagged 'parameters'");
        Assert.Contains("var corpus = ", NotebookDocument.Source(code[1]));
        Assert.All(code, c => Assert.Empty((JsonArray)c["outputs"]!)); // committed without outputs
        Assert.StartsWith("# ", NotebookDocument.Source(cells[0]));
    }

    [Fact]
    public async Task On_a_corpus_where_nothing_is_found_every_notebook_still_runs_and_says_so()
    {
        using var folder = new TempFolder();
        var corpus = Directory.CreateDirectory(folder["quiet"]).FullName;
        File.WriteAllText(Path.Combine(corpus, "calm.txt"), "Nothing to report\n\nThe weather was mild and nobody said anything at all.\n");
        var parameters = NotebookParameters.Parse([$"corpus={corpus}", $"gold={RepositoryPaths.Gold}"]);
        foreach (var path in NotebookPublisher.Find(RepositoryPaths.Notebooks))
        {
            var published = await new NotebookPublisher().PublishAsync(path, folder["out"], parameters);
            Assert.True(published.Run.Succeeded, $"{path}: {string.Join("\n", published.Run.Errors)}");
            var firstText = NotebookOutputs.CellText(published.Run.Notebook, published.Run.Notebook.Cells.OfType<JsonObject>().Select(c => (string)c["id"]!).First(id => id is "statements" or "setup"));
            Assert.Matches("No statements were found|is not in the corpus", firstText);
        }
    }

    [Fact]
    public async Task Given_a_statements_file_a_notebook_charts_it_instead_of_extracting_again()
    {
        using var folder = new TempFolder();
        // One article's statements out of the five: a notebook that re-extracted would count them all.
        var statements = CorpusLoader.LoadFolder(RepositoryPaths.Seeds).SelectMany(new ArticleAnalyzer().Analyze).ToList();
        var oneArticle = statements.Where(s => s.Article == statements[0].Article).ToList();
        var file = folder["statements.csv"];
        StatementWriter.WriteFile(file, StatementFormat.Csv, oneArticle);

        var parameters = NotebookParameters.Parse([$"corpus={RepositoryPaths.Seeds}", $"statementsFile={file}"]);
        var published = await new NotebookPublisher().PublishAsync(Path.Combine(RepositoryPaths.Notebooks, "02-statement-counts.ipynb"), folder["out"], parameters);

        Assert.True(published.Run.Succeeded, string.Join("\n", published.Run.Errors));
        Assert.StartsWith($"{oneArticle.Count} statements from 1 articles", NotebookOutputs.CellText(published.Run.Notebook, "statements"));
    }

    [Fact]
    public async Task Without_the_gold_the_teaching_notebook_says_what_is_missing()
    {
        using var folder = new TempFolder();
        var parameters = NotebookParameters.Parse([$"corpus={RepositoryPaths.Seeds}", $"gold={folder["no-such-gold.jsonl"]}"]);
        var published = await new NotebookPublisher().PublishAsync(Path.Combine(RepositoryPaths.Notebooks, "05-teaching.ipynb"), folder["out"], parameters);
        Assert.True(published.Run.Succeeded, string.Join("\n", published.Run.Errors));
        Assert.Contains("no-such-gold.jsonl is missing", NotebookOutputs.CellText(published.Run.Notebook, "check-found"));
        Assert.Contains("no-such-gold.jsonl is missing", NotebookOutputs.CellText(published.Run.Notebook, "solution-checks"));
    }

    private static bool HasNumber(JsonNode? values) => values is JsonArray array &&
        array.Any(v => v is JsonArray row ? row.Any(x => x is JsonValue) : v is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number);
}
