using System.Diagnostics;
using System.Text.Json.Nodes;
using Analysis.Notebooks;
using Analysis.Notebooks.Execution;

namespace Analysis.Tests.Notebooks;

/// <summary>Builds notebooks in code and runs them, for the runner's tests.</summary>
public static class NotebookTestKit
{
    /// <summary>The folder the tests run from (bin/...): Analysis.dll, Analysis.Cli.dll and Fixtures/ are there.</summary>
    public static string BinFolder => AppContext.BaseDirectory;

    public static string Fixture(params string[] parts) => Path.Combine([BinFolder, "Fixtures", "Notebooks", .. parts]);

    /// <summary>A C# notebook whose code cells have the given sources (a source starting "md:" is a markdown cell).</summary>
    public static JsonObject Notebook(params string[] sources) => new()
    {
        ["cells"] = new JsonArray(sources.Select(source => (JsonNode)(source.StartsWith("md:", StringComparison.Ordinal)
            ? new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = source[3..] }
            : NotebookDocument.NewCodeCell(Guid.NewGuid().ToString("N")[..8], source))).ToArray()),
        ["metadata"] = new JsonObject { ["kernelspec"] = NotebookDocument.KernelSpec(), ["language_info"] = NotebookDocument.LanguageInfo() },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    public static string Write(string folder, string name, JsonObject notebook)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    public static async Task<NotebookRunResult> RunAsync(TempFolder folder, bool allowErrors, params string[] sources)
    {
        var path = Write(folder.Path, "test.ipynb", Notebook(sources));
        return await new NotebookRunner().RunAsync(NotebookFile.Read(path), allowErrors);
    }

    public static JsonObject CodeCell(NotebookRunResult result, int cellNumber) => (JsonObject)result.Notebook.Cells[cellNumber - 1]!;

    public static JsonArray Outputs(NotebookRunResult result, int cellNumber) => (JsonArray)CodeCell(result, cellNumber)["outputs"]!;

    /// <summary>A Debian tool the test needs; CI installs it (.ci/run), so a missing one fails with what to install.</summary>
    public static string RequireTool(string path, string package)
    {
        Assert.True(File.Exists(path), $"{path} is missing: install the Debian package '{package}' (apt-get install {package}); .ci/run does this.");
        return path;
    }
}
