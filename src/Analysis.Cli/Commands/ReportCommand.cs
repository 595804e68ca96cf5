using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Notebooks;
using Analysis.Notebooks.Html;
using Analysis.Output;
using Analysis.Pipeline;
using Analysis.Text;

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
        var corpus = new Option<string>("--corpus") { Description = "The corpus: a folder of .txt articles with manifest.csv", DefaultValueFactory = _ => "seeds" };
        var output = new Option<string>("--out") { Description = "Folder for the report", DefaultValueFactory = _ => "artifacts/report" };
        var notebooks = new Option<string>("--notebooks") { Description = "Folder of notebooks to run (each gets the corpus path as the 'corpus' parameter)", DefaultValueFactory = _ => "notebooks" };
        var command = new Command("report", "Extract the statements, run every notebook on them and write an HTML report (index.html)")
        {
            corpus, output, notebooks,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(corpus)!, parseResult.GetValue(output)!, parseResult.GetValue(notebooks)!, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string corpus, string output, string notebooksFolder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(corpus)) throw new InputException($"{corpus}: corpus folder not found");
        if (!Directory.Exists(notebooksFolder)) throw new InputException($"{notebooksFolder}: notebooks folder not found");
        var notebookFiles = NotebookPublisher.Find(notebooksFolder);
        Directory.CreateDirectory(output);

        var clock = Stopwatch.StartNew();
        var analyzer = new ArticleAnalyzer();
        var articles = 0;
        var statements = LoadCorpus(corpus)
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(article => { Interlocked.Increment(ref articles); return analyzer.Analyze(article); })
            .SelectMany(s => s)
            .ToList();
        WriteStatements(Path.Combine(output, StatementsFile), statements);
        var extraction = clock.Elapsed;
        Console.WriteLine($"{statements.Count} statements from {articles} articles ({extraction.TotalSeconds:0.0} s) -> {Path.Combine(output, StatementsFile)}");

        // Absolute paths: a notebook's relative paths would otherwise depend on where the report was started.
        KeyValuePair<string, string>[] parameters =
        [
            new("corpus", Path.GetFullPath(corpus)),
            new("statements", Path.GetFullPath(Path.Combine(output, StatementsFile))),
        ];
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
        var summary = new ReportIndexPage.Summary(corpus, articles, statements.Count, StatementsFile, extraction);
        var index = Path.Combine(output, "index.html");
        AtomicFile.WriteAllText(index, ReportIndexPage.Render(summary, published));
        Console.WriteLine($"report: {index} ({clock.Elapsed.TotalSeconds:0.0} s)");
        return published.All(p => p.Run.Succeeded) ? CliRunner.Ok : CliRunner.Failed;
    }

    /// <summary>The one place the report reads the corpus (to become the streaming CorpusSource).</summary>
    private static IEnumerable<Article> LoadCorpus(string corpus) => CorpusLoader.LoadFolder(corpus);

    /// <summary>
    /// statements.csv in the output contract's columns (DESIGN.md). To be replaced by the shared statement writer
    /// (Output/StatementWriter, CSV format) once that branch is merged.
    /// </summary>
    private static void WriteStatements(string path, IEnumerable<Statement> statements) =>
        AtomicFile.WriteText(path, writer =>
        {
            Csv.WriteRow(writer, ["article", "speaker", "speaker_role", "affiliation", "kind", "quote", "cue", "date", "date_evidence",
                "date_precision", "stance", "stance_score", "sentiment", "start", "end"]);
            foreach (var s in statements)
            {
                Csv.WriteRow(writer,
                [
                    s.Article, s.Speaker, s.SpeakerRole, s.Affiliation, s.Kind.ToString().ToLowerInvariant(), s.Quote, s.Cue,
                    s.Date.ToIsoString(), s.Date.Evidence, s.Date.Precision.ToString().ToLowerInvariant(),
                    s.Scores.Stance.ToString().ToLowerInvariant(), Number(s.Scores.StanceScore), Number(s.Scores.Sentiment),
                    s.Span.Start.ToString(CultureInfo.InvariantCulture), s.Span.End.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        });

    private static string Number(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);
}
