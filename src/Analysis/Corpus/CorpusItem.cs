namespace Analysis.Corpus;

/// <summary>
/// One entry read from a corpus, in corpus order: an <see cref="ArticleItem"/> or an <see cref="ArticleProblem"/>.
/// <see cref="Bytes"/> is its size in the corpus (for a progress bar against <see cref="CorpusSource.TotalBytes"/>).
/// </summary>
public abstract record CorpusItem(long Bytes);

/// <summary>An article read successfully.</summary>
public sealed record ArticleItem(Article Article, long Bytes) : CorpusItem(Bytes);

/// <summary>
/// An article that could not be read (unreadable, binary, bad UTF-8, bad JSON, too large). The caller
/// chooses: stop (strict) or warn and go on. <see cref="Source"/> is the file; <see cref="Line"/> the
/// 1-based line in it, when it has one.
/// </summary>
public sealed record ArticleProblem(string Source, int? Line, string Message, long Bytes) : CorpusItem(Bytes)
{
    /// <summary>"file:line: message", as compilers print it.</summary>
    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Message}" : $"{Source}: {Message}";
}
