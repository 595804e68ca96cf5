using Analysis.Corpus;
using Analysis.Dates;
using Analysis.Extraction;
using Analysis.Scoring;

namespace Analysis.Pipeline;

/// <summary>
/// One article in, its finished statements out: extracted, dated, scored. Stateless after
/// construction, so one instance serves every thread.
/// </summary>
public sealed class ArticleAnalyzer(StatementExtractor extractor, StatementScorer scorer)
{
    public ArticleAnalyzer() : this(new StatementExtractor(), new StatementScorer()) { }

    public IReadOnlyList<Statement> Analyze(Article article)
    {
        var statements = extractor.Extract(article);
        if (statements.Count == 0) return statements;
        var timeline = ArticleTimeline.Build(article);
        return statements
            .Select(s => s with { Date = timeline.DateOf(s), Scores = scorer.Score(s.Quote) })
            .ToList();
    }
}
