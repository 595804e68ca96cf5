using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysis.Notebooks;

/// <summary>
/// Papermill's convention in C#: the values given on the command line go into a new cell tagged
/// "injected-parameters", right after the cell tagged "parameters" (or first, when there is none), so they
/// override its defaults. A previous injected cell is replaced, not stacked.
/// </summary>
public static partial class NotebookParameters
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]{0,17})$")]
    private static partial Regex IntegerLiteral();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)\.[0-9]+([eE][-+]?[0-9]+)?$")]
    private static partial Regex RealLiteral();

    /// <summary>Parses "key=value" pairs; a malformed one is bad input.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(IEnumerable<string> pairs)
    {
        var parsed = new List<KeyValuePair<string, string>>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals].Trim();
            if (equals < 0 || !Identifier().IsMatch(key) || SyntaxFacts.GetKeywordKind(key) != SyntaxKind.None)
                throw new InputException($"--param '{pair}': expected name=value with a C# variable name");
            parsed.Add(new(key, pair[(equals + 1)..]));
        }
        return parsed;
    }

    /// <summary>A C# literal for a value: integers, reals and booleans as such, anything else a quoted string.</summary>
    public static string ToLiteral(string value)
    {
        if (IntegerLiteral().IsMatch(value) || RealLiteral().IsMatch(value)) return value;
        if (value is "true" or "false") return value;
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }

    public static string InjectedSource(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var source = new StringBuilder("// Parameters injected by `analysis notebooks run`\n");
        foreach (var (key, value) in parameters) source.Append($"var {key} = {ToLiteral(value)};\n");
        return source.ToString().TrimEnd('\n');
    }

    public static void Inject(NotebookDocument notebook, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0) return;
        var cells = notebook.Cells;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (cells[i] is JsonObject c && NotebookDocument.HasTag(c, NotebookDocument.InjectedParametersTag)) cells.RemoveAt(i);
        }
        var parametersIndex = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is JsonObject c && NotebookDocument.HasTag(c, NotebookDocument.ParametersTag)) { parametersIndex = i; break; }
        }
        var injected = NotebookDocument.NewCodeCell("injected-parameters", InjectedSource(parameters), NotebookDocument.InjectedParametersTag);
        cells.Insert(parametersIndex + 1, injected);
    }
}
