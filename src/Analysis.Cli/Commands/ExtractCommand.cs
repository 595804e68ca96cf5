using System.CommandLine;
using Analysis.Corpus;
using Analysis.Output;

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
            Description = "Warn about articles that cannot be read (binary, invalid UTF-8, too large, bad JSON line), or that the extractor fails on, and go on without them. By default the first one stops the run (exit code 2 for unreadable input, 1 for an extractor failure).",
        };
        var maxArticleMb = new Option<int>("--max-article-mb")
        {
            Description = "Articles larger than this many megabytes are treated as unreadable (a news article is rarely over 1 MB; a bigger file is usually a dump).",
            DefaultValueFactory = _ => (int)(CorpusSource.DefaultMaxArticleBytes >> 20),
        };
        var threads = new Option<int>("--threads")
        {
            Description = "How many articles to analyse at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("extract", "Find every statement (who said what, when, how) in a corpus and write one record per statement, with speaker, date, sentiment and stance.")
        {
            corpus, output, format, skipBad, maxArticleMb, threads,
        };
        command.SetAction(parsed =>
        {
            var outPath = parsed.GetValue(output)!;
            var maxBytes = (long)parsed.GetValue(maxArticleMb) << 20;
            if (maxBytes <= 0) throw new InputException("--max-article-mb must be at least 1");
            var source = CorpusSource.Open(parsed.GetValue(corpus)!, maxBytes);
            return Run(source, outPath, parsed.GetValue(format) ?? StatementFormats.OfPath(outPath), parsed.GetValue(skipBad), parsed.GetValue(threads));
        });
        return command;
    }

    private static int Run(CorpusSource source, string outPath, StatementFormat format, bool skipBad, int threads)
    {
        var summary = CorpusExtraction.Run(source, outPath, format, skipBad, threads);
        var skippedNote = summary.Skipped > 0 ? $", {summary.Skipped} articles skipped" : "";
        Console.Error.WriteLine($"{summary.Statements} statements from {summary.Articles} articles{skippedNote} in {summary.Elapsed.TotalSeconds:F1} s → {outPath}");
        return CliRunner.Ok;
    }
}
