using System.CommandLine;
using System.Diagnostics;
using Analysis.Corpus;
using Analysis.Extraction;
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
            Description = "A folder of .txt articles (with an optional manifest.csv: file,outlet,title,published), one .txt file, or a .jsonl file (one article a line: id, outlet, title, published, text).",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the statements. Written atomically: a failed run leaves any earlier file untouched.",
            Required = true,
        };
        var format = new Option<StatementFormat?>("--format")
        {
            Description = "jsonl (one JSON object a line) or csv. By default taken from the --out extension (.csv gives csv, anything else jsonl).",
        };
        var skipBad = new Option<bool>("--skip-bad")
        {
            Description = "Warn about articles that cannot be read (binary, invalid UTF-8, too large, bad JSON line) and go on without them. By default the first one stops the run with exit code 2.",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "How many articles to analyse at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("extract", "Find every statement (who said what, when, how) in a corpus and write one record per statement, with speaker, date, sentiment and stance.")
        {
            corpus, output, format, skipBad, threads,
        };
        command.SetAction(parsed =>
        {
            var outPath = parsed.GetValue(output)!;
            return Run(parsed.GetValue(corpus)!, outPath, parsed.GetValue(format) ?? FormatOf(outPath), parsed.GetValue(skipBad), parsed.GetValue(threads));
        });
        return command;
    }

    private static StatementFormat FormatOf(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? StatementFormat.Csv : StatementFormat.Jsonl;

    private static int Run(string corpusPath, string outPath, StatementFormat format, bool skipBad, int threads)
    {
        if (threads < 1) throw new InputException($"--threads must be at least 1, not {threads}");
        var clock = Stopwatch.StartNew();
        var source = CorpusSource.Open(corpusPath);
        var analyzer = new ArticleAnalyzer();
        int articles = 0, statements = 0, skipped = 0;

        IEnumerable<ArticleItem> Readable()
        {
            foreach (var item in source.Read())
            {
                if (item is ArticleItem article) yield return article;
                else if (!skipBad) throw new InputException($"{item} (nothing written; --skip-bad goes on without such articles)");
                else
                {
                    skipped++;
                    Console.Error.WriteLine($"warning: skipped {item}");
                }
            }
        }

        Progress.Run("extracting", source.TotalBytes, advance =>
        {
            StatementWriter.WriteFile(outPath, format, AnalyzeInOrder(Readable(), analyzer, threads, found =>
            {
                articles++;
                statements += found.Statements.Count;
                advance(found.Bytes);
            }));
            return 0;
        });

        var skippedNote = skipped > 0 ? $", {skipped} unreadable articles skipped" : "";
        Console.Error.WriteLine($"{statements} statements from {articles} articles{skippedNote} in {clock.Elapsed.TotalSeconds:F1} s → {outPath}");
        return CliRunner.Ok;
    }

    private sealed record Analyzed(IReadOnlyList<Statement> Statements, long Bytes);

    private static IEnumerable<Statement> AnalyzeInOrder(IEnumerable<ArticleItem> items, ArticleAnalyzer analyzer, int threads, Action<Analyzed> done) =>
        OrderedBatches.Map(items, item => new Analyzed(analyzer.Analyze(item.Article), item.Bytes), item => item.Bytes, threads)
            .SelectMany(analyzed =>
            {
                done(analyzed);
                return analyzed.Statements;
            });
}
