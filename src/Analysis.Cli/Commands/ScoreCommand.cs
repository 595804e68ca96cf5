using System.CommandLine;
using System.Globalization;
using Analysis;
using Analysis.Output;
using Analysis.Scoring;
using Analysis.Text;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis score --in sentences.tsv --out scores.tsv</c>: sentiment and stance of any sentences.</summary>
internal static class ScoreCommand
{
    private const char Tab = '\t';

    public static Command Create()
    {
        var input = new Option<string>("--in")
        {
            Description = "A tab-separated file with a header row holding an 'id' and a 'text' column (other columns are ignored).",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the scores (tab-separated: id, sentiment, stance_score, stance, evidence). Written all at once, or not at all.",
            Required = true,
        };
        var command = new Command("score",
            "Score the tone and stance of sentences.\n" +
            "  sentiment     -1 (negative) .. +1 (positive): the tone of the sentence's own words\n" +
            "  stance_score  -1 (hawkish: threats, force, pressure, dismissing talks) .. +1 (conciliatory: talks, de-escalation)\n" +
            "  stance        conciliatory | hawkish | neutral\n" +
            "  evidence      the words that drove the scores, e.g. \"calm things down (+); massive military response (threat, -)\"\n" +
            "Example: analysis score --in sentences.tsv --out scores.tsv")
        {
            input,
            output,
        };
        command.SetAction(parseResult =>
        {
            Run(parseResult.GetValue(input)!, parseResult.GetValue(output)!);
            return CliRunner.Ok;
        });
        return command;
    }

    private static void Run(string inPath, string outPath)
    {
        var rows = ReadSentences(inPath);
        var scorer = new StatementScorer();
        var scored = new (string Id, StatementScores Scores)[rows.Count];
        Parallel.For(0, rows.Count, i => scored[i] = (rows[i].Id, scorer.Score(rows[i].Text)));
        AtomicFile.WriteText(outPath, writer =>
        {
            Csv.WriteRow(writer, ["id", "sentiment", "stance_score", "stance", "evidence"], Tab);
            foreach (var (id, s) in scored)
                Csv.WriteRow(writer,
                [
                    id,
                    s.Sentiment.ToString("0.####", CultureInfo.InvariantCulture),
                    s.StanceScore.ToString("0.####", CultureInfo.InvariantCulture),
                    s.Stance.ToString().ToLowerInvariant(),
                    string.Join("; ", s.Evidence),
                ], Tab);
        });
        Console.Error.WriteLine($"Scored {scored.Length} sentences from {inPath} into {outPath}.");
    }

    private static List<(string Id, string Text)> ReadSentences(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file (expected a tab-separated file with 'id' and 'text' columns).");
        try
        {
            using var reader = new StreamReader(path);
            using var rows = Csv.Read(reader, Tab).GetEnumerator();
            if (!rows.MoveNext()) throw new InputException($"{path}: the file is empty; expected a header row with 'id' and 'text' columns.");
            var header = rows.Current.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
            var idColumn = header.FindIndex(h => h.Equals("id", StringComparison.OrdinalIgnoreCase));
            var textColumn = header.FindIndex(h => h.Equals("text", StringComparison.OrdinalIgnoreCase));
            if (idColumn < 0 || textColumn < 0)
                throw new InputException($"{path}:1: the header must hold an 'id' and a 'text' column (tab-separated); found: {string.Join(", ", header.Select(h => $"'{h}'"))}.");
            var sentences = new List<(string, string)>();
            while (rows.MoveNext())
            {
                var row = rows.Current;
                if (row.Fields.Count == 1 && row.Fields[0].Length == 0) continue; // blank line
                if (row.Fields.Count != header.Count)
                    throw new InputException($"{path}:{row.Line}: expected {header.Count} tab-separated fields as in the header, found {row.Fields.Count}.");
                sentences.Add((row.Fields[idColumn], row.Fields[textColumn]));
            }
            return sentences;
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: cannot read the file: {e.Message}", e);
        }
    }
}
