namespace Analysis.Notebooks.Execution;

/// <summary>
/// What every cell sees besides its own variables. The names follow .NET Interactive, so a notebook runs the
/// same here and in VS Code.
/// </summary>
public sealed class NotebookGlobals
{
    internal CellOutputs? Outputs { get; set; }

    /// <summary>Shows a value below the cell: tables as HTML, charts as plotly figures, anything else as text.</summary>
    // Lower-case as in .NET Interactive, where notebooks call display(x).
#pragma warning disable IDE1006
    public void display(object? value)
#pragma warning restore IDE1006
    {
        var outputs = Outputs ?? throw new InvalidOperationException("display() is only available while a cell runs");
        outputs.AddDisplay(MimeBundles.For(value));
    }
}
