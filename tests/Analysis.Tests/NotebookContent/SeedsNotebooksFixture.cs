using Analysis.Notebooks;
using Analysis.Tests.Notebooks;

namespace Analysis.Tests.NotebookContent;

/// <summary>Every notebook of the repository's notebooks/ folder, run once on the seeds with the gold, as `analysis report` runs them.</summary>
public sealed class SeedsNotebooksFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public IReadOnlyList<PublishedNotebook> Published { get; }

    public SeedsNotebooksFixture()
    {
        var parameters = NotebookParameters.Parse([$"corpus={RepositoryPaths.Seeds}", $"gold={RepositoryPaths.Gold}"]);
        var publisher = new NotebookPublisher();
        Published = NotebookPublisher.Find(RepositoryPaths.Notebooks)
            .Select(path => publisher.PublishAsync(path, folder["out"], parameters).GetAwaiter().GetResult())
            .ToList();
    }

    public PublishedNotebook Named(string name) => Published.Single(p => Path.GetFileNameWithoutExtension(p.NotebookPath) == name);

    public void Dispose() => folder.Dispose();
}
