using System.Text.Json.Nodes;
using Analysis.Display;
using Analysis.Notebooks;
using Analysis.Notebooks.Execution;
using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.Notebooks;

public sealed class NotebookRunnerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task State_carries_across_cells()
    {
        var result = await RunAsync(folder, false, "var x = 20;", "using System.Numerics;\nvar y = x + 1;", "BigInteger.Pow(y, 2)");
        Assert.True(result.Succeeded);
        Assert.Equal("441", (string?)Outputs(result, 3).Single()!["data"]![MimeTypes.Plain]);
    }

    [Fact]
    public async Task A_dll_path_relative_to_the_notebook_is_loaded()
    {
        // The fixture sits in bin/.../Fixtures/Notebooks and says #r "../../Analysis.dll".
        var result = await new NotebookRunner().RunAsync(NotebookFile.Read(Fixture("basic.ipynb")));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var last = Outputs(result, 4);
        Assert.Equal("[2..7)", (string?)last[1]!["data"]![MimeTypes.Plain]);
        Assert.Equal("15", (string?)last[2]!["data"]![MimeTypes.Plain]);
    }

    [Fact]
    public async Task A_dll_path_of_another_build_resolves_to_the_loaded_library()
    {
        var result = await RunAsync(folder, false,
            "#r \"../src/Analysis/bin/Release/net10.0/Analysis.dll\"\nusing Analysis.Text;",
            "new TextSpan(1, 4).Length");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("3", (string?)Outputs(result, 2).Single()!["data"]![MimeTypes.Plain]);
    }

    [Fact]
    public async Task A_missing_dll_is_the_cells_compilation_error()
    {
        var result = await RunAsync(folder, false, "#r \"no/such/Library.dll\"");
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.CellNumber);
        Assert.Contains("Library.dll", string.Join("\n", error.Traceback));
    }

    [Fact]
    public async Task Rich_values_become_mime_bundles_with_text_plain()
    {
        var result = await RunAsync(folder, false,
            "#r \"Analysis.Tests.dll\"\nusing Analysis.Tests.Notebooks;",
            "display(new TestTable(\"a\", \"b\"));\nnew TestChart(\"Counts\", new[] { \"x\", \"y\" }, new[] { 1.0, 2.0 })");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var outputs = Outputs(result, 2);
        var table = (JsonObject)outputs[0]!;
        Assert.Equal("display_data", (string?)table["output_type"]);
        Assert.Equal("a\nb", (string?)table["data"]![MimeTypes.Plain]);
        Assert.StartsWith("<table", (string?)table["data"]![MimeTypes.Html]);
        var chart = (JsonObject)outputs[1]!;
        Assert.Equal("execute_result", (string?)chart["output_type"]);
        Assert.NotNull((string?)chart["data"]![MimeTypes.Plain]);
        var figure = Assert.IsType<JsonObject>(chart["data"]![MimeTypes.Plotly], exactMatch: false);
        Assert.Equal(2, figure["data"]![0]!["y"]!.AsArray().Count);
    }

    [Fact]
    public async Task Console_output_becomes_stream_outputs_in_order()
    {
        var result = await RunAsync(folder, false,
            "Console.Write(\"one \");\nConsole.WriteLine(\"two\");\nConsole.Error.WriteLine(\"warn\");\ndisplay(42);\nConsole.WriteLine(\"after\");");
        var outputs = Outputs(result, 1).Select(o => (JsonObject)o!).ToList();
        Assert.Equal(["stream", "stream", "display_data", "stream"], outputs.Select(o => (string)o["output_type"]!));
        Assert.Equal(("stdout", "one two\n"), ((string)outputs[0]["name"]!, (string)outputs[0]["text"]!));
        Assert.Equal(("stderr", "warn\n"), ((string)outputs[1]["name"]!, (string)outputs[1]["text"]!));
        Assert.Equal("after\n", (string)outputs[3]["text"]!);
    }

    [Fact]
    public async Task Execution_counts_follow_run_order_and_match_the_result()
    {
        var result = await RunAsync(folder, false, "md:# Title", "var a = 1;", "", "a + 1");
        Assert.Null(CodeCell(result, 3)["execution_count"]);
        Assert.Equal(1, (int)CodeCell(result, 2)["execution_count"]!);
        Assert.Equal(2, (int)CodeCell(result, 4)["execution_count"]!);
        Assert.Equal(2, (int)Outputs(result, 4).Single()!["execution_count"]!);
        Assert.Empty(Outputs(result, 2)); // a statement ending with ';' shows no value
    }

    [Fact]
    public async Task An_error_in_cell_3_is_reported_as_cell_3_and_stops_the_run()
    {
        var result = await RunAsync(folder, false, "var n = 0;", "n = 1;", "var boom = 10 / (n - 1);", "Console.WriteLine(\"never\");");
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.CellNumber);
        Assert.Equal("DivideByZeroException", error.Name);
        var output = (JsonObject)Outputs(result, 3).Single()!;
        Assert.Equal("error", (string?)output["output_type"]);
        Assert.Contains("Cell 3", (string?)output["traceback"]![0]);
        Assert.Null(CodeCell(result, 4)["execution_count"]);
        Assert.Empty(Outputs(result, 4));
    }

    [Fact]
    public async Task A_compile_error_names_the_cell_and_line()
    {
        var result = await RunAsync(folder, false, "var a = 1;", "var b = 2;\nundefinedName + a");
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.CellNumber);
        Assert.Equal("CompilationError", error.Name);
        Assert.Contains("Cell 2, line 2", error.Traceback[0]);
        Assert.Contains("undefinedName", error.Message);
    }

    [Fact]
    public async Task Allow_errors_continues_after_a_failing_cell_with_the_state_so_far()
    {
        var result = await RunAsync(folder, true, "var n = 1;", "n = 2; throw new InvalidOperationException(\"bad\");", "n * 10");
        Assert.Single(result.Errors);
        Assert.Equal("20", (string?)Outputs(result, 3).Single()!["data"]![MimeTypes.Plain]);
    }

    [Fact]
    public async Task A_renderer_that_throws_is_the_cells_error()
    {
        var result = await RunAsync(folder, false, "#r \"Analysis.Tests.dll\"", "display(new Analysis.Tests.Notebooks.BrokenRenderable());");
        Assert.Equal(2, Assert.Single(result.Errors).CellNumber);
    }

    [Fact]
    public async Task Parallel_runs_keep_their_console_output_apart()
    {
        using var other = new TempFolder();
        var runs = await Task.WhenAll(
            RunAsync(folder, false, "for (var i = 0; i < 200; i++) Console.Write(\"a\");"),
            RunAsync(other, false, "for (var i = 0; i < 200; i++) Console.Write(\"b\");"));
        Assert.Equal(new string('a', 200), (string?)Outputs(runs[0], 1).Single()!["text"]);
        Assert.Equal(new string('b', 200), (string?)Outputs(runs[1], 1).Single()!["text"]);
    }
}
