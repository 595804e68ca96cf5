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

    /// <param name="skipBad">
    /// Warn about unreadable articles, and articles the analyzer fails on, and go on; otherwise the first one throws
    /// (<see cref="InputException"/> or <see cref="ArticleFailedException"/>) and nothing is written.
    /// </param>
    public static Summary Run(CorpusSource source, string outPath, StatementFormat format, bool skipBad, int threads) =>
        Run(source, outPath, format, skipBad, threads, new ArticleAnalyzer().AnalyzeChunk);

    /// <param name="analyzeChunk">The analyzer (<see cref="ArticleAnalyzer.AnalyzeChunk"/>; tests pass one that fails).</param>
    internal static Summary Run(CorpusSource source, string outPath, StatementFormat format, bool skipBad, int threads,
        Func<IReadOnlyList<Article>, IReadOnlyList<Statement>[]> analyzeChunk)
    {
        if (threads < 1) throw new InputException($"--threads must be at least 1, not {threads}");
        var clock = Stopwatch.StartNew();
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
            var analyzed = OrderedBatches.MapChunks(Readable(), Analyze, item => item.Bytes, threads);
            StatementWriter.WriteFile(outPath, format, analyzed.SelectMany(a =>
            {
                if (a.Failed) skipped++;
                else articles++;
                statements += a.Statements.Count;
                advance(a.Bytes);
                return a.Statements;
            }));
            return 0;
        });
        return new Summary(articles, statements, skipped, clock.Elapsed);

        IReadOnlyList<Analyzed> Analyze(IReadOnlyList<ArticleItem> chunk)
        {
            try
            {
                var found = analyzeChunk(chunk.Select(item => item.Article).ToArray());
                return chunk.Select((item, i) => new Analyzed(found[i], item.Bytes)).ToArray();
            }
            catch (Exception) when (chunk.Count > 1)
            {
                // Rare: redo the chunk one article at a time, to name the article that fails and keep the others.
                return chunk.SelectMany(item => Analyze([item])).ToArray();
            }
            catch (Exception e) when (e is not (InputException or OutOfMemoryException))
            {
                var failure = new ArticleFailedException(source.Path, chunk[0].Article.Id, e);
                if (!skipBad) throw failure;
                Console.Error.WriteLine($"warning: skipped {failure.Failure}");
                return [new Analyzed([], chunk[0].Bytes, Failed: true)];
            }
        }
    }

    // Failed: the analyzer failed on the article and --skip-bad let the run go on without it.
    private sealed record Analyzed(IReadOnlyList<Statement> Statements, long Bytes, bool Failed = false);
}
