using System.Text;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Sends Console.Out and Console.Error to the outputs of the cell running on the current async flow.
/// Console is process-wide, so instead of swapping it per cell (which would mix the output of notebooks run
/// side by side, e.g. by parallel tests) one routing writer is installed, and each run sets its target in an
/// AsyncLocal that flows into the tasks the cell starts. Writes outside any cell go to the original console.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly AsyncLocal<CellOutputs?> Current = new();
    private static readonly object Gate = new();
    private static TextWriter? installedOut, installedError;

    public static IDisposable Begin(CellOutputs outputs)
    {
        EnsureInstalled();
        var previous = Current.Value;
        Current.Value = outputs;
        return new Restore(previous);
    }

    private static void EnsureInstalled()
    {
        lock (Gate)
        {
            // Someone else (a test host, a cell) may have replaced the console writers since: wrap theirs.
            if (!ReferenceEquals(Console.Out, installedOut))
            {
                Console.SetOut(new RoutingWriter(Console.Out, o => o.Stdout));
                installedOut = Console.Out;
            }
            if (!ReferenceEquals(Console.Error, installedError))
            {
                Console.SetError(new RoutingWriter(Console.Error, o => o.Stderr));
                installedError = Console.Error;
            }
        }
    }

    private sealed class Restore(CellOutputs? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }

    private sealed class RoutingWriter(TextWriter fallback, Func<CellOutputs, TextWriter> pick) : TextWriter
    {
        private TextWriter Target => Current.Value is { } outputs ? pick(outputs) : fallback;
        public override Encoding Encoding => fallback.Encoding;
        public override void Write(char value) => Target.Write(value);
        public override void Write(string? value) => Target.Write(value);
        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);
        public override void Flush() => fallback.Flush();
    }
}
