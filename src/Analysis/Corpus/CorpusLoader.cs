namespace Analysis.Corpus;

/// <summary>
/// The strict, simple way to load a corpus (tests, notebooks): every article, or an
/// <see cref="InputException"/> at the first article that cannot be read. The CLI uses
/// <see cref="CorpusSource"/> directly to stream and to choose between stopping and warning.
/// </summary>
public static class CorpusLoader
{
    /// <summary>The articles of a folder (or a .txt or .jsonl file), in corpus order.</summary>
    public static IEnumerable<Article> LoadFolder(string folder) => Load(CorpusSource.Open(folder));

    public static IEnumerable<Article> Load(CorpusSource source)
    {
        foreach (var item in source.Read())
        {
            yield return item switch
            {
                ArticleItem a => a.Article,
                ArticleProblem p => throw new InputException(p.ToString()),
                _ => throw new InvalidOperationException($"unknown corpus item {item.GetType().Name}"),
            };
        }
    }
}
