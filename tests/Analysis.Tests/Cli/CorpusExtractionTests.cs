using Analysis.Cli;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Output;
using Analysis.Pipeline;

namespace Analysis.Tests.Cli;

/// <summary>
/// An article the analyzer fails on (a bug, which no known article triggers, so the tests plant one): it is named,
/// the run stops and writes nothing, or with --skip-bad is skipped with a warning while every other article is kept.
/// </summary>
public sealed class CorpusExtractionTests
{
    private const string Story = "\"We will keep talking,\" said Jane Roe, a spokeswoman for the ministry.\n";
    private static readonly ArticleAnalyzer Analyzer = new();

    // The real analyzer, except that it throws on any chunk holding the planted article, as a bug would.
    private static IReadOnlyList<Statement>[] FailingOnPlanted(IReadOnlyList<Article> chunk) =>
        chunk.Any(a => a.Id == "planted.txt") ? throw new IndexOutOfRangeException("planted failure") : Analyzer.AnalyzeChunk(chunk);

    private static CorpusSource CorpusWithPlantedArticle(TempFolder folder, int articles)
    {
        var corpus = Directory.CreateDirectory(folder["corpus"]).FullName;
        for (var i = 0; i < articles; i++) File.WriteAllText(Path.Combine(corpus, $"a{i:D3}.txt"), Story);
        File.WriteAllText(Path.Combine(corpus, "planted.txt"), Story);
        return CorpusSource.Open(corpus);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failing_article_is_named_and_nothing_is_written(int threads)
    {
        using var folder = new TempFolder();
        var output = folder["out.jsonl"];
        File.WriteAllText(output, "earlier results\n");

        var error = Assert.Throws<ArticleFailedException>(() =>
            CorpusExtraction.Run(CorpusWithPlantedArticle(folder, 300), output, StatementFormat.Jsonl, skipBad: false, threads, FailingOnPlanted));

        Assert.Contains("article planted.txt", error.Message);
        Assert.Contains("planted failure", error.Message);
        Assert.Equal("earlier results\n", File.ReadAllText(output));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void With_skip_bad_a_failing_article_is_skipped_and_the_rest_kept(int threads)
    {
        using var folder = new TempFolder();
        var output = folder["out.jsonl"];

        var summary = CorpusExtraction.Run(CorpusWithPlantedArticle(folder, 300), output, StatementFormat.Jsonl, skipBad: true, threads, FailingOnPlanted);

        Assert.Equal(1, summary.Skipped);
        Assert.Equal(300, File.ReadAllLines(output).Length);
        Assert.DoesNotContain(File.ReadAllLines(output), line => line.Contains("planted.txt"));
    }
}
