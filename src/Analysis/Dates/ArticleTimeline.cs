using Analysis.Corpus;
using Analysis.Extraction;

namespace Analysis.Dates;

/// <summary>The temporal expressions of one article, resolved against its publication date.</summary>
public sealed class ArticleTimeline
{
    private ArticleTimeline() { }

    // STUB: the dates owner replaces this.
    public static ArticleTimeline Build(Article article) => new();

    /// <summary>The day (or month) the statement was made, from the evidence around its span and cue.</summary>
    public StatementDate DateOf(Statement statement) => StatementDate.Unknown;
}
