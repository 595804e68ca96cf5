using Microsoft.CodeAnalysis;

namespace Analysis.Notebooks.Execution;

/// <summary>A cell that failed to compile or threw: what the error output and the command line report.</summary>
public sealed record CellError(int CellNumber, string Name, string Message, IReadOnlyList<string> Traceback)
{
    public override string ToString() => $"cell {CellNumber}: {Name}: {Message}";

    public static CellError FromCompilation(int cellNumber, IReadOnlyList<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d =>
        {
            var position = d.Location.GetLineSpan().StartLinePosition;
            return $"Cell {cellNumber}, line {position.Line + 1}, column {position.Character + 1}: error {d.Id}: {d.GetMessage()}";
        }).ToList();
        return new CellError(cellNumber, "CompilationError", diagnostics[0].GetMessage(), lines);
    }

    public static CellError FromException(int cellNumber, Exception exception)
    {
        var traceback = new List<string> { $"Cell {cellNumber}: {exception.GetType().FullName}: {exception.Message}" };
        // The frames below the cell's own code are the runner's and Roslyn's: noise to the notebook's author.
        traceback.AddRange((exception.StackTrace ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeWhile(frame => !frame.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)));
        if (exception.InnerException is { } inner) traceback.Add($"Inner exception: {inner.GetType().FullName}: {inner.Message}");
        return new CellError(cellNumber, exception.GetType().Name, exception.Message, traceback);
    }
}
