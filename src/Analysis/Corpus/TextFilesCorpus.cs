namespace Analysis.Corpus;

/// <summary>
/// Articles as <c>.txt</c> files: every <c>*.txt</c> in a folder (file name order), with outlet, title
/// and publication date from the folder's optional <c>manifest.csv</c>; or one file on its own. The id of
/// an article is its file name.
/// </summary>
internal sealed class TextFilesCorpus : CorpusSource
{
    private readonly IReadOnlyList<FileInfo> files;
    private readonly Manifest manifest;

    private TextFilesCorpus(string path, IReadOnlyList<FileInfo> files, Manifest manifest, long maxArticleBytes)
        : base(path, maxArticleBytes)
    {
        this.files = files;
        this.manifest = manifest;
        TotalBytes = files.Sum(f => f.Length);
    }

    public override long TotalBytes { get; }

    public static TextFilesCorpus OpenFolder(string folder, long maxArticleBytes)
    {
        var files = new DirectoryInfo(folder).EnumerateFiles("*.txt")
            .Where(f => f.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var manifestPath = System.IO.Path.Combine(folder, "manifest.csv");
        var manifest = File.Exists(manifestPath) ? Manifest.Read(manifestPath) : Manifest.Empty;
        if (files.Count == 0) throw new InputException($"{folder}: no .txt articles in this folder");
        var present = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, entry) in manifest.Rows)
            if (!present.Contains(file)) throw new InputException($"{manifestPath}:{entry.Line}: lists {file}, which is not in the folder");
        return new TextFilesCorpus(folder, files, manifest, maxArticleBytes);
    }

    public static TextFilesCorpus OpenFile(string file, long maxArticleBytes) =>
        new(file, [new FileInfo(file)], Manifest.Empty, maxArticleBytes);

    public override IEnumerable<CorpusItem> Read()
    {
        foreach (var file in files)
            yield return ReadOne(file);
    }

    private CorpusItem ReadOne(FileInfo file)
    {
        var name = file.Name;
        long size;
        byte[] bytes;
        try
        {
            file.Refresh();
            size = file.Length;
            if (size > MaxArticleBytes)
                return new ArticleProblem(name, null, $"article is {SizeText(size)}, over the {SizeText(MaxArticleBytes)} limit for one article", size);
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleProblem(name, null, $"cannot read: {e.Message}", 0);
        }
        var text = ArticleBytes.Decode(bytes, out var error, out var line);
        if (text is null) return new ArticleProblem(name, line, error!, bytes.Length);
        var meta = manifest.Find(name);
        return new ArticleItem(ArticleFactory.Create(name, text, meta?.Outlet, meta?.Title, meta?.Published), bytes.Length);
    }
}
