using System.Diagnostics;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Output;
using Analysis.Pipeline;

namespace Analysis.Cli;

/// <summary>
/// Corpus in, statements file out: streams the articles through the analyzer on all cores, in corpus
/// order, into one atomically written file. Shared by `extract` and `report`.
/// </summary>
internal static class CorpusExtraction
{
    public sealed record Summary(int Articles, int Statements, int Skipped, TimeSpan Elapsed);

    /// <param name="skipBad">Warn about unreadable articles and go on; otherwise the first one throws <see cref="InputException"/> and nothing is written.</param>
    public static Summary Run(CorpusSource source, string outPath, StatementFormat format, bool skipBad, int threads)
    {
        if (threads < 1) throw new InputException($"--threads must be at least 1, not {threads}");
        var clock = Stopwatch.StartNew();
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
            var analyzed = OrderedBatches.MapChunks(Readable(), chunk =>
            {
                var statements = analyzer.AnalyzeChunk(chunk.Select(item => item.Article).ToArray());
                return chunk.Select((item, i) => new Analyzed(statements[i], item.Bytes)).ToArray();
            }, item => item.Bytes, threads);
            StatementWriter.WriteFile(outPath, format, analyzed.SelectMany(a =>
            {
                articles++;
                statements += a.Statements.Count;
                advance(a.Bytes);
                return a.Statements;
            }));
            return 0;
        });
        return new Summary(articles, statements, skipped, clock.Elapsed);
    }

    private sealed record Analyzed(IReadOnlyList<Statement> Statements, long Bytes);
}
