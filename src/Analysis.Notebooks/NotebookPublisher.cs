using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Html;
using Analysis.Output;

namespace Analysis.Notebooks;

/// <summary>What one published notebook produced: the run, the executed .ipynb and its HTML page.</summary>
public sealed record PublishedNotebook(string Title, string NotebookPath, string HtmlPath, NotebookRunResult Run);

/// <summary>
/// Runs notebooks and writes, for each, the executed .ipynb and a self-contained HTML page into an output
/// folder, with plotly.min.js beside them. Both files are written atomically, also when a cell failed: the
/// executed notebook then shows the error where it happened.
/// </summary>
public sealed class NotebookPublisher(NotebookRunner runner)
{
    public NotebookPublisher() : this(new NotebookRunner()) { }

    /// <summary>The notebooks a path names: the file itself, or the .ipynb files of a folder in name order.</summary>
    public static IReadOnlyList<string> Find(string path)
    {
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        if (File.Exists(path)) return [path];
        throw new InputException($"{path}: no such notebook or folder");
    }

    public async Task<PublishedNotebook> PublishAsync(
        string notebookPath, string outputDirectory, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool allowErrors = false, string navigation = "", CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileNameWithoutExtension(notebookPath);
        var executedPath = Path.GetFullPath(Path.Combine(outputDirectory, name + ".ipynb"));
        if (string.Equals(executedPath, Path.GetFullPath(notebookPath), StringComparison.Ordinal))
            throw new InputException($"{notebookPath}: the output folder is the notebook's own folder; the run would overwrite it (choose another --out)");
        var notebook = NotebookFile.Read(notebookPath);
        NotebookParameters.Inject(notebook, parameters);
        var run = await runner.RunAsync(notebook, allowErrors, cancellationToken);

        Directory.CreateDirectory(outputDirectory);
        NotebookFile.Write(executedPath, notebook);
        var htmlPath = Path.Combine(outputDirectory, name + ".html");
        AtomicFile.WriteAllText(htmlPath, NotebookHtmlRenderer.Render(notebook, navigation));
        PlotlyAsset.CopyTo(outputDirectory);
        return new PublishedNotebook(NotebookHtmlRenderer.Title(notebook), executedPath, htmlPath, run);
    }
}
