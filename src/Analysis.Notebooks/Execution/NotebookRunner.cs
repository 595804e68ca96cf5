using System.Diagnostics;
using System.Text.Json.Nodes;
using Analysis.Display;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Executes a notebook's C# cells in order in one Roslyn script state, as a kernel would: each cell is
/// compiled once, as a continuation of the previous ones, so variables, usings and #r carry across cells.
/// The outputs (console text, display(x), the value of the last expression, the error) are written into the
/// cells as nbformat outputs. The first error stops the run unless errors are allowed; the cells after it keep
/// no outputs and no execution count, so a stale result never passes for a fresh one.
/// </summary>
public sealed class NotebookRunner
{
    /// <summary>The usings .NET Interactive starts a C# kernel with.</summary>
    private static readonly string[] DefaultImports =
        ["System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Text", "System.Threading.Tasks"];

    public async Task<NotebookRunResult> RunAsync(NotebookDocument notebook, bool allowErrors = false, CancellationToken cancellationToken = default)
    {
        notebook.NormalizeFormat();
        var clock = Stopwatch.StartNew();
        var notebookDirectory = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var options = ScriptOptions.Default
            .WithMetadataResolver(new LoadedAssemblyResolver(notebookDirectory))
            .WithSourceResolver(new SourceFileResolver([], notebookDirectory))
            .AddReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Console).Assembly, typeof(JsonNode).Assembly, typeof(IMimeRenderable).Assembly)
            .AddImports(DefaultImports)
            .WithEmitDebugInformation(false);
        var globals = new NotebookGlobals();
        // One loader per run: the assemblies the cells compile to belong to this notebook only.
        using var loader = new InteractiveAssemblyLoader();
        loader.RegisterDependency(typeof(IMimeRenderable).Assembly);
        var state = await CSharpScript.Create("", options, typeof(NotebookGlobals), loader).RunAsync(globals, cancellationToken);

        var errors = new List<CellError>();
        var executionCount = 0;
        var cells = notebook.Cells.OfType<JsonObject>().ToList();
        for (var index = 0; index < cells.Count; index++)
        {
            var cell = cells[index];
            if (NotebookDocument.CellType(cell) != "code") continue;
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
            var source = NotebookDocument.Source(cell);
            if (errors.Count > 0 && !allowErrors) continue;
            if (string.IsNullOrWhiteSpace(source)) continue;

            var cellNumber = index + 1;
            var count = ++executionCount;
            var outputs = new CellOutputs();
            globals.Outputs = outputs;
            var script = state.Script.ContinueWith(source, options.WithFilePath($"cell {cellNumber}"));
            var diagnostics = script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (diagnostics.Count > 0)
            {
                var error = CellError.FromCompilation(cellNumber, diagnostics);
                outputs.AddError(error.Name, error.Message, error.Traceback);
                errors.Add(error);
            }
            else
            {
                ScriptState<object> next;
                using (ConsoleCapture.Begin(outputs))
                {
                    next = await script.RunFromAsync(state, _ => true, cancellationToken);
                }
                if (next.Exception is { } exception)
                {
                    var error = CellError.FromException(cellNumber, exception);
                    outputs.AddError(error.Name, error.Message, error.Traceback);
                    errors.Add(error);
                }
                else if (next.ReturnValue is { } value && HasValue(script))
                {
                    outputs.AddResult(count, SafeBundle(cellNumber, value, outputs, errors));
                }
                // After a runtime error the new state still holds what the cell assigned before it threw.
                state = next;
            }
            globals.Outputs = null;
            cell["execution_count"] = count;
            cell["outputs"] = outputs.ToJson();
        }
        return new NotebookRunResult(notebook, errors, clock.Elapsed);
    }

    /// <summary>A cell shows a value only when it ends with an expression (no semicolon), as in Jupyter.</summary>
    private static bool HasValue(Script script) =>
        script.GetCompilation().SyntaxTrees.Last().GetRoot() is CompilationUnitSyntax unit
        && unit.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } };

    /// <summary>A renderer that throws is the cell's error, not the runner's crash.</summary>
    private static IReadOnlyDictionary<string, JsonNode> SafeBundle(int cellNumber, object value, CellOutputs outputs, List<CellError> errors)
    {
        try
        {
            return MimeBundles.For(value);
        }
        catch (Exception e)
        {
            var error = CellError.FromException(cellNumber, e);
            outputs.AddError(error.Name, error.Message, error.Traceback);
            errors.Add(error);
            return new Dictionary<string, JsonNode> { [MimeTypes.Plain] = JsonValue.Create(value.GetType().FullName ?? "?") };
        }
    }
}
