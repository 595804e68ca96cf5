namespace Analysis.Cli;

/// <summary>
/// The analyzer failed on one article: a bug in the extractor, not bad input, so the run stops with exit code 1 (not 2).
/// The message names the corpus and the article, so the user can report it, or pass --skip-bad and go on without it.
/// </summary>
internal sealed class ArticleFailedException(string corpus, string article, Exception inner)
    : Exception($"{Describe(corpus, article, inner)} Nothing written; --skip-bad goes on without such articles.", inner)
{
    /// <summary>What failed, without the advice: the warning printed when the article is skipped.</summary>
    public string Failure { get; } = Describe(corpus, article, inner);

    private static string Describe(string corpus, string article, Exception inner) =>
        $"{corpus}: article {article}: the extractor failed on it ({inner.GetType().Name}: {inner.Message}). This is a bug; please report it with the article.";
}
