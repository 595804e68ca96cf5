using System.CommandLine;
using System.Diagnostics;
using Analysis.Corpus;
using Analysis.Output;
using Analysis.Pipeline;

namespace Analysis.Cli.Commands;

/// <summary>`analysis extract CORPUS --out FILE`: every statement of a corpus, attributed, dated and scored.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus")
        {
            Description = "A folder of .txt articles (with an optional manifest.csv: file,outlet,title,published) or a .jsonl file (one article a line: id, outlet, title, published, text).",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the statements (written atomically: a failed run leaves any earlier file untouched).",
            Required = true,
        };
        var format = new Option<StatementFormat?>("--format")
        {
            Description = "jsonl (one JSON object a line, the default) or csv. Taken from the --out extension when not given.",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "How many articles to analyse at once (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("extract", "Find every statement (who said what, when, how) in a corpus and write one record per statement.")
        {
            corpus, output, format, threads,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(corpus)!,
            parsed.GetValue(output)!,
            parsed.GetValue(format) ?? FormatOf(parsed.GetValue(output)!),
            parsed.GetValue(threads)));
        return command;
    }

    private static StatementFormat FormatOf(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? StatementFormat.Csv : StatementFormat.Jsonl;

    private static int Run(string corpusPath, string outPath, StatementFormat format, int threads)
    {
        if (threads < 1) throw new InputException($"--threads must be at least 1, not {threads}");
        var clock = Stopwatch.StartNew();
        var analyzer = new ArticleAnalyzer();
        int articles = 0, statements = 0;
        StatementWriter.WriteFile(outPath, format,
            OrderedBatches.Map(CorpusLoader.LoadFolder(corpusPath), a => analyzer.Analyze(a), a => a.Text.Length, threads)
                .SelectMany(found =>
                {
                    articles++;
                    statements += found.Count;
                    return found;
                }));
        Console.Error.WriteLine($"{statements} statements from {articles} articles in {clock.Elapsed.TotalSeconds:F1} s → {outPath}");
        return CliRunner.Ok;
    }
}
