using Analysis.Tests.Cli;
using Analysis.Tests.Notebooks;
using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.Report;

/// <summary>
/// Reports built once for the report tests, by the real command: the seeds with the repository's notebooks
/// plus a test notebook drawing a chart, and a hostile corpus whose text is full of markup.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public string SeedsReport => folder["seeds-report"];
    public string HostileReport => folder["hostile-report"];
    public ExternalProcess.Result SeedsRun { get; }
    public ExternalProcess.Result HostileRun { get; }

    public ReportFixture()
    {
        var notebooks = folder["notebooks"];
        Directory.CreateDirectory(notebooks);
        // The repository's notebooks say #r "../src/Analysis/bin/..."; the runner resolves it to its own Analysis.dll.
        foreach (var notebook in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb"))
            File.Copy(notebook, Path.Combine(notebooks, Path.GetFileName(notebook)));
        // The test notebook's renderers live in this test assembly: point its #r at it from the copy's new folder.
        var testNotebook = File.ReadAllText(Fixture("report", "articles.ipynb"))
            .Replace("../../../Analysis.Tests.dll", Path.Combine(BinFolder, "Analysis.Tests.dll"), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(notebooks, "articles.ipynb"), testNotebook);
        SeedsRun = CliProcess.RunIn(folder.Path, "report", "--corpus", Path.Combine(RepositoryPaths.Root, "seeds"), "--out", SeedsReport, "--notebooks", notebooks);
        HostileRun = CliProcess.RunIn(folder.Path, "report", "--corpus", Fixture("hostile-corpus"), "--out", HostileReport, "--notebooks", Fixture("report"));
    }

    public static IEnumerable<string> Pages(string report) => Directory.GetFiles(report, "*.html").Order(StringComparer.Ordinal);

    public void Dispose() => folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "report";
}
