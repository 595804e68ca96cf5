using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

namespace Analysis.Tests.Pipeline;

public class ArticleAnalyzerTests
{
    /// <summary>
    /// Stage by stage over a chunk is only a different order of the same work: every article of the seeds and of two
    /// held-out sets, analysed together, gets exactly the statements it gets alone (speaker, words, offsets, date, scores
    /// and evidence).
    /// </summary>
    [Fact]
    public void A_chunk_gives_each_article_what_it_gets_alone()
    {
        var analyzer = new ArticleAnalyzer();
        var articles = new[] { RepositoryPaths.Seeds, Fixture("Heldout9"), Fixture("Heldout10") }.SelectMany(CorpusLoader.LoadFolder).ToArray();
        var together = analyzer.AnalyzeChunk(articles);
        Assert.Equal(articles.Length, together.Length);
        for (var i = 0; i < articles.Length; i++)
            Assert.Equal(analyzer.Analyze(articles[i]).Select(Describe), together[i].Select(Describe));
        Assert.Contains(together, statements => statements.Count > 0);
    }

    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Analysis.Tests", "Fixtures", name);

    private static string Describe(Statement s) =>
        $"{s.Article}|{s.Speaker}|{s.Kind}|{s.Span}|{s.Cue}|{s.Date.ToIsoString()}|{s.Date.Evidence}|{s.Scores.Sentiment}|{s.Scores.Stance}|{s.Scores.StanceScore}|{string.Join(";", s.Scores.Evidence)}";
}
