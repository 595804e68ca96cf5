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
        var finished = new List<Statement>(statements.Count);
        foreach (var statement in statements)
        {
            // A continued quote has no cue of its own: the speaker said it in the same breath as the quote it continues.
            var date = statement.Cue == ContinuationRule.Cue && finished.LastOrDefault(s => s.Speaker == statement.Speaker) is { } continued
                ? continued.Date
                : timeline.DateOf(statement);
            finished.Add(statement with { Date = date, Scores = scorer.Score(statement.Quote, statement.Cue) });
        }
        return finished;
    }
}
