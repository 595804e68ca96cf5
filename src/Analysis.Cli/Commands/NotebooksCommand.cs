using System.CommandLine;
using Analysis.Notebooks;

namespace Analysis.Cli.Commands;

/// <summary>`analysis notebooks run`: executes notebooks headlessly and writes the executed .ipynb and an HTML page for each.</summary>
internal static class NotebooksCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("notebook") { Description = "A .ipynb file, or a folder: every .ipynb in it, in name order" };
        var output = new Option<string>("--out") { Description = "Folder for the executed notebooks and their HTML pages", DefaultValueFactory = _ => "artifacts/notebooks" };
        var parameters = new Option<string[]>("--param")
        {
            Description = "name=value, injected after the cell tagged 'parameters' (numbers and true/false as such, anything else as a string); repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Keep running the cells after one fails (the error is still recorded and the exit code is 1)" };

        var run = new Command("run", "Execute the C# cells of notebooks in order (Roslyn scripting) and write the executed .ipynb and a self-contained HTML page")
        {
            path, output, parameters, allowErrors,
        };
        run.SetAction(async (parseResult, cancellationToken) =>
        {
            var notebooks = NotebookPublisher.Find(parseResult.GetValue(path)!);
            var injected = NotebookParameters.Parse(parseResult.GetValue(parameters) ?? []);
            var publisher = new NotebookPublisher();
            var failed = false;
            foreach (var notebook in notebooks)
            {
                var published = await publisher.PublishAsync(notebook, parseResult.GetValue(output)!, injected, parseResult.GetValue(allowErrors), cancellationToken: cancellationToken);
                foreach (var error in published.Run.Errors) Console.Error.WriteLine($"error: {notebook}: {error}");
                failed |= !published.Run.Succeeded;
                Console.WriteLine($"{(published.Run.Succeeded ? "ok" : "FAILED")}  {notebook} ({published.Run.Elapsed.TotalSeconds:0.0} s) -> {published.HtmlPath}");
                if (!published.Run.Succeeded && !parseResult.GetValue(allowErrors)) break;
            }
            return failed ? CliRunner.Failed : CliRunner.Ok;
        });

        return new Command("notebooks", "Run Jupyter notebooks with C# cells") { run };
    }
}
