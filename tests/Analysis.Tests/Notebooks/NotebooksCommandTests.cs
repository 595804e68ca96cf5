using Analysis.Tests.Cli;
using System.Text.Json.Nodes;
using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.Notebooks;

/// <summary>`analysis notebooks run` as a user runs it: a separate process, its messages and exit codes.</summary>
public sealed class NotebooksCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_missing_notebook_exits_2_naming_it()
    {
        var result = CliProcess.RunIn(folder.Path, "notebooks", "run", "missing.ipynb", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.ipynb", result.Stderr);
    }

    [Fact]
    public void Invalid_json_exits_2_naming_the_file_and_leaves_earlier_output_alone()
    {
        File.WriteAllText(folder["bad.ipynb"], "{ \"cells\": [");
        Directory.CreateDirectory(folder["out"]);
        File.WriteAllText(folder["out/bad.ipynb"], "earlier run");
        var result = CliProcess.RunIn(folder.Path, "notebooks", "run", "bad.ipynb", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.ipynb", result.Stderr);
        Assert.Contains("invalid JSON", result.Stderr);
        Assert.Equal("earlier run", File.ReadAllText(folder["out/bad.ipynb"]));
    }

    [Fact]
    public void A_failing_cell_exits_non_zero_naming_the_cell_and_still_writes_the_executed_notebook()
    {
        Write(folder.Path, "fails.ipynb", Notebook("var a = 1;", "var b = 2;", "throw new Exception(\"cell three broke\");", "Console.WriteLine(\"after\");"));
        File.WriteAllText(folder["out-fails.ipynb"], "");
        var result = CliProcess.RunIn(folder.Path, "notebooks", "run", "fails.ipynb", "--out", "out");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("cell 3", result.Stderr);
        Assert.Contains("cell three broke", result.Stderr);
        var executed = JsonNode.Parse(File.ReadAllText(folder["out/fails.ipynb"]))!;
        Assert.Equal("error", (string?)executed["cells"]![2]!["outputs"]![0]!["output_type"]);
        Assert.Empty(executed["cells"]![3]!["outputs"]!.AsArray());
        Assert.True(File.Exists(folder["out/fails.html"]));
        Assert.DoesNotContain(Directory.GetFiles(folder["out"]), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Allow_errors_runs_every_cell_but_still_exits_non_zero()
    {
        Write(folder.Path, "fails.ipynb", Notebook("throw new Exception(\"x\");", "Console.WriteLine(\"after\");"));
        var result = CliProcess.RunIn(folder.Path, "notebooks", "run", "fails.ipynb", "--out", "out", "--allow-errors");
        Assert.Equal(1, result.ExitCode);
        var executed = JsonNode.Parse(File.ReadAllText(folder["out/fails.ipynb"]))!;
        Assert.Equal("after\n", (string?)executed["cells"]![1]!["outputs"]![0]!["text"]);
    }

    [Fact]
    public void A_folder_runs_every_notebook_with_the_parameters()
    {
        Directory.CreateDirectory(folder["nb"]);
        var parameterised = Notebook("var who = \"nobody\";", "Console.WriteLine($\"{who} {times * 2}\");");
        parameterised["cells"]![0]!["metadata"]!["tags"] = new JsonArray("parameters");
        Write(folder["nb"], "a.ipynb", parameterised);
        Write(folder["nb"], "b.ipynb", Notebook("1 + 1"));
        var result = CliProcess.RunIn(folder.Path, "notebooks", "run", "nb", "--out", "out", "--param", "who=Ann Lee", "--param", "times=21");
        Assert.Equal(0, result.ExitCode);
        var a = JsonNode.Parse(File.ReadAllText(folder["out/a.ipynb"]))!;
        Assert.Equal("Ann Lee 42\n", (string?)a["cells"]![2]!["outputs"]![0]!["text"]);
        Assert.True(File.Exists(folder["out/b.html"]));
        Assert.True(File.Exists(folder["out/plotly.min.js"]));
    }

    [Fact]
    public void Running_into_the_notebooks_own_folder_is_refused()
    {
        Write(folder.Path, "self.ipynb", Notebook("1"));
        var result = CliProcess.RunIn(folder.Path, "notebooks", "run", "self.ipynb", "--out", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("overwrite", result.Stderr);
    }
}
