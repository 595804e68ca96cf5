using Analysis.Corpus;

namespace Analysis.Extraction;

/// <summary>Finds every attributed statement in an article (dates and scores are added later in the pipeline).</summary>
public sealed class StatementExtractor
{
    // STUB: the extraction owner replaces this.
    public IReadOnlyList<Statement> Extract(Article article) => [];
}
