using System.Diagnostics;
using Analysis.Notebooks;
using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.Notebooks;

/// <summary>The executed notebooks pass Jupyter's own validator and converter (Debian's python3-nbformat, jupyter-nbconvert).</summary>
public sealed class NbformatValidationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private async Task<string> ExecutedFixtureAsync()
    {
        // Every kind of output: stream, display_data (html and plotly), execute_result, error (allowed).
        var notebook = Notebook(
            "md:# Validation\nAll output kinds.",
            "#r \"Analysis.Tests.dll\"\nusing Analysis.Tests.Notebooks;",
            "Console.WriteLine(\"out\"); Console.Error.WriteLine(\"err\");",
            "display(new TestTable(\"<b>row</b>\"));\nnew TestChart(\"c\", new[] { \"a\" }, new[] { 1.0 })",
            "throw new InvalidOperationException(\"allowed\");");
        notebook["cells"]![1]!.AsObject().Remove("id");
        var source = Write(folder.Path, "validate.ipynb", notebook);
        var published = await new NotebookPublisher().PublishAsync(source, folder["out"], NotebookParameters.Parse(["corpus=x"]), allowErrors: true);
        return published.NotebookPath;
    }

    [Fact]
    public async Task The_executed_notebook_passes_nbformat_validate()
    {
        var executed = await ExecutedFixtureAsync();
        var result = JupyterTools.Validate(executed);
        Assert.True(result.ExitCode == 0, $"nbformat.validate failed:\n{result.Output}");
        Assert.Contains("4 5", result.Stdout);
    }

    [Fact]
    public async Task The_executed_notebook_converts_with_nbconvert()
    {
        var executed = await ExecutedFixtureAsync();
        var result = JupyterTools.ConvertToHtml(executed, folder["nbconvert"]);
        Assert.True(result.ExitCode == 0, $"jupyter nbconvert failed:\n{result.Output}");
        Assert.True(File.Exists(folder["nbconvert/validate.html"]), result.Output);
    }

    [Fact]
    public async Task The_repositorys_notebook_fixture_validates_after_a_run()
    {
        var published = await new NotebookPublisher().PublishAsync(Fixture("basic.ipynb"), folder["out"], []);
        var result = JupyterTools.Validate(published.NotebookPath);
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
