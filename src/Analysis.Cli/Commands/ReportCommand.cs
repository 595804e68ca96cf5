using System.CommandLine;
using System.Diagnostics;
using Analysis.Corpus;
using Analysis.Notebooks;
using Analysis.Notebooks.Html;
using Analysis.Output;

namespace Analysis.Cli.Commands;

/// <summary>
/// `analysis report`: the whole path from articles to a report a reader can open offline — statements.csv,
/// every notebook run against the corpus and rendered, and an index page linking them.
/// </summary>
internal static class ReportCommand
{
    public const string StatementsFile = "statements.csv";

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "The corpus: a folder of .txt articles (optional manifest.csv) or a .jsonl file", DefaultValueFactory = _ => "seeds" };
        var output = new Option<string>("--out") { Description = "Folder for the report", DefaultValueFactory = _ => "artifacts/report" };
        var notebooks = new Option<string>("--notebooks") { Description = "Folder of notebooks to run (each gets the corpus path as the 'corpus' parameter)", DefaultValueFactory = _ => "notebooks" };
        var gold = new Option<string?>("--gold") { Description = $"Gold annotations (JSON lines) for the notebooks' 'gold' parameter; by default {DefaultGold} beside the repository, when it exists" };
        var command = new Command("report", "Extract the statements, run every notebook on them and write an HTML report (index.html)")
        {
            corpus, output, notebooks, gold,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(corpus)!, parseResult.GetValue(output)!, parseResult.GetValue(notebooks)!, cancellationToken, parseResult.GetValue(gold)));
        return command;
    }

    /// <summary>The seeds' human annotation, where the project keeps it: ../shared beside the repository.</summary>
    public static readonly string DefaultGold = Path.Combine("..", "shared", "gold", "seeds.gold.jsonl");

    public static async Task<int> RunAsync(string corpus, string output, string notebooksFolder, CancellationToken cancellationToken, string? gold = null)
    {
        if (gold is not null && !File.Exists(gold)) throw new InputException($"{gold}: gold file not found");
        var source = CorpusSource.Open(corpus);
        if (!Directory.Exists(notebooksFolder)) throw new InputException($"{notebooksFolder}: notebooks folder not found");
        var notebookFiles = NotebookPublisher.Find(notebooksFolder);
        Directory.CreateDirectory(output);

        var clock = Stopwatch.StartNew();
        var statementsPath = Path.Combine(output, StatementsFile);
        var extraction = CorpusExtraction.Run(source, statementsPath, StatementFormat.Csv, skipBad: false, Environment.ProcessorCount);
        Console.WriteLine($"{extraction.Statements} statements from {extraction.Articles} articles ({extraction.Elapsed.TotalSeconds:0.0} s) -> {statementsPath}");

        // Absolute paths: a notebook's relative paths would otherwise depend on where the report was started.
        List<KeyValuePair<string, string>> parameters =
        [
            new("corpus", Path.GetFullPath(corpus)),
            new("statementsFile", Path.GetFullPath(statementsPath)),
        ];
        // The teaching notebook checks answers against a gold annotation; without one it says so.
        if ((gold ?? FindDefaultGold(corpus)) is { } goldPath) parameters.Add(new("gold", Path.GetFullPath(goldPath)));
        var publisher = new NotebookPublisher();
        var published = new List<PublishedNotebook>();
        foreach (var notebook in notebookFiles)
        {
            var result = await publisher.PublishAsync(notebook, output, parameters, navigation: ReportIndexPage.BackLink, cancellationToken: cancellationToken);
            published.Add(result);
            foreach (var error in result.Run.Errors) Console.Error.WriteLine($"error: {notebook}: {error}");
            Console.WriteLine($"{(result.Run.Succeeded ? "ok" : "FAILED")}  {notebook} ({result.Run.Elapsed.TotalSeconds:0.0} s) -> {result.HtmlPath}");
        }
        PlotlyAsset.CopyTo(output);
        var summary = new ReportIndexPage.Summary(corpus, extraction.Articles, extraction.Statements, StatementsFile, extraction.Elapsed);
        var index = Path.Combine(output, "index.html");
        AtomicFile.WriteAllText(index, ReportIndexPage.Render(summary, published));
        Console.WriteLine($"report: {index} ({clock.Elapsed.TotalSeconds:0.0} s)");
        return published.All(p => p.Run.Succeeded) ? CliRunner.Ok : CliRunner.Failed;
    }

    /// <summary>
    /// ../shared/gold/seeds.gold.jsonl from the working directory (the repository root), or beside the repository
    /// holding the corpus (a corpus at repo/seeds); null when neither exists, and the notebooks then say so.
    /// </summary>
    private static string? FindDefaultGold(string corpus) =>
        new[] { DefaultGold, Path.Combine(Path.GetFullPath(corpus), "..", DefaultGold) }.FirstOrDefault(File.Exists);
}
