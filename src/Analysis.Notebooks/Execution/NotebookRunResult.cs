namespace Analysis.Notebooks.Execution;

/// <summary>The executed notebook and the errors its cells raised (the first one stopped the run unless errors were allowed).</summary>
public sealed record NotebookRunResult(NotebookDocument Notebook, IReadOnlyList<CellError> Errors, TimeSpan Elapsed)
{
    public bool Succeeded => Errors.Count == 0;
}
