using Spectre.Console;

namespace Analysis.Cli;

/// <summary>
/// Shows how far a long run has got, in bytes of corpus processed. On a terminal it is a live progress bar;
/// when standard error is redirected (CI, logs) it prints a line every tenth of the way; on small corpora,
/// which finish before anyone would look, it shows nothing.
/// </summary>
internal static class Progress
{
    /// <summary>Below this size a run takes about a second: no progress display.</summary>
    private const long WorthShowingBytes = 5L * 1024 * 1024;

    public static T Run<T>(string description, long totalBytes, Func<Action<long>, T> work)
    {
        if (totalBytes < WorthShowingBytes) return work(_ => { });
        if (Console.IsErrorRedirected) return RunWithLogLines(description, totalBytes, work);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: totalBytes);
                return work(bytes => task.Increment(bytes));
            });
    }

    private static T RunWithLogLines<T>(string description, long totalBytes, Func<Action<long>, T> work)
    {
        long done = 0;
        var nextTenth = 1;
        return work(bytes =>
        {
            done += bytes;
            while (nextTenth <= 10 && done * 10 >= totalBytes * nextTenth)
            {
                Console.Error.WriteLine($"{description}: {nextTenth * 10}%");
                nextTenth++;
            }
        });
    }
}
