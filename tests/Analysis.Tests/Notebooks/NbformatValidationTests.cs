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
        var python = RequireTool("/usr/bin/python3", "python3-nbformat");
        var executed = await ExecutedFixtureAsync();
        var (code, output) = Run(python, "-c", "import nbformat,sys; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print(nb.nbformat, nb.nbformat_minor)", executed);
        Assert.True(code == 0, $"nbformat.validate failed (is python3-nbformat installed? apt-get install python3-nbformat):\n{output}");
        Assert.Contains("4 5", output);
    }

    [Fact]
    public async Task The_executed_notebook_converts_with_nbconvert()
    {
        var nbconvert = RequireTool("/usr/bin/jupyter-nbconvert", "jupyter-nbconvert");
        var executed = await ExecutedFixtureAsync();
        var (code, output) = Run(nbconvert, "--to", "html", "--output-dir", folder["nbconvert"], executed);
        Assert.True(code == 0, $"jupyter nbconvert failed:\n{output}");
        Assert.True(File.Exists(folder["nbconvert/validate.html"]), output);
    }

    [Fact]
    public async Task The_repositorys_notebook_fixture_validates_after_a_run()
    {
        var python = RequireTool("/usr/bin/python3", "python3-nbformat");
        var published = await new NotebookPublisher().PublishAsync(Fixture("basic.ipynb"), folder["out"], []);
        var (code, output) = Run(python, "-c", "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", published.NotebookPath);
        Assert.True(code == 0, output);
    }

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
