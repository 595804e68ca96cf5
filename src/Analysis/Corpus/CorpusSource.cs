namespace Analysis.Corpus;

/// <summary>
/// A corpus opened for reading: a folder of <c>.txt</c> articles (with an optional <c>manifest.csv</c>),
/// a single <c>.txt</c> article, or a JSON-lines file (<c>.jsonl</c>/<c>.ndjson</c>, one article per line).
/// <see cref="Open"/> checks what can be checked up front (the path, the manifest) and throws
/// <see cref="InputException"/>; <see cref="Read"/> then streams one article at a time, so memory stays
/// flat however large the corpus, and reports per-article problems as items rather than exceptions.
/// </summary>
public abstract class CorpusSource
{
    /// <summary>Articles larger than this are reported as problems instead of being read (no out-of-memory on a stray dump).</summary>
    public const long DefaultMaxArticleBytes = 10L * 1024 * 1024;

    protected CorpusSource(string path, long maxArticleBytes)
    {
        Path = path;
        MaxArticleBytes = maxArticleBytes;
    }

    /// <summary>The path the corpus was opened from.</summary>
    public string Path { get; }

    public long MaxArticleBytes { get; }

    /// <summary>The total size of the articles in bytes: the sum of the items' <see cref="CorpusItem.Bytes"/>.</summary>
    public abstract long TotalBytes { get; }

    /// <summary>The articles and per-article problems, in corpus order (file name order for folders, line order for JSON lines).</summary>
    public abstract IEnumerable<CorpusItem> Read();

    /// <summary>Opens a folder, a <c>.txt</c> file or a <c>.jsonl</c> file. Throws <see cref="InputException"/> when it cannot be a corpus.</summary>
    public static CorpusSource Open(string path, long maxArticleBytes = DefaultMaxArticleBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return TextFilesCorpus.OpenFolder(path, maxArticleBytes);
        if (!File.Exists(path)) throw new InputException($"{path}: no such file or folder");
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".jsonl" or ".ndjson" => new JsonLinesCorpus(path, maxArticleBytes),
            ".txt" => TextFilesCorpus.OpenFile(path, maxArticleBytes),
            _ => throw new InputException($"{path}: not a corpus (expected a folder of .txt files, a .txt file or a .jsonl file)"),
        };
    }

    protected static string SizeText(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
