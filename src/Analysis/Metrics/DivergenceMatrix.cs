using Analysis.Display;
using Analysis.Tables;

namespace Analysis.Metrics;

/// <summary>
/// The result of <see cref="Divergence.Matrix"/>: every pair of the <see cref="Names"/> (speakers or groups
/// with enough statements). Displays as a table of pairs, widest gap first; chart it with <c>Chart.Heatmap</c>.
/// </summary>
public sealed class DivergenceMatrix : IMimeRenderable
{
    private readonly Dictionary<(string, string), DivergenceCell> cells;

    internal DivergenceMatrix(IReadOnlyList<string> names, IEnumerable<DivergenceCell> cells, int minStatements, DivergenceOptions options)
    {
        Names = names;
        this.cells = cells.ToDictionary(c => (c.A, c.B));
        MinStatements = minStatements;
        Options = options;
    }

    /// <summary>The speakers (or groups) compared, most statements first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The threshold a speaker met to be included.</summary>
    public int MinStatements { get; }

    public DivergenceOptions Options { get; }

    /// <summary>The cell of row <paramref name="a"/>, column <paramref name="b"/> (gap = mean a − mean b).</summary>
    public DivergenceCell this[string a, string b] => cells[(a, b)];

    /// <summary>Each unordered pair once (A before B in <see cref="Names"/>), widest stance gap first.</summary>
    public IReadOnlyList<DivergenceCell> Pairs => Names
        .SelectMany((a, i) => Names.Skip(i + 1).Select(b => cells[(a, b)]))
        .OrderByDescending(c => Math.Abs(c.Gap)).ThenBy(c => c.A, StringComparer.Ordinal).ThenBy(c => c.B, StringComparer.Ordinal)
        .ToList();

    public Table<DivergenceCell> ToTable() =>
        Table.From(Pairs, $"Divergence between speakers with at least {MinStatements} statements: stance gap = mean A − mean B " +
            $"({Options.Confidence:P0} bootstrap interval), JSD of their words");

    public void ToCsv(string path) => ToTable().ToCsv(path);

    public IReadOnlyDictionary<string, object> ToMimeBundle() => ToTable().ToMimeBundle();

    public override string ToString() => ToTable().ToText();
}
