using System.Globalization;
using Analysis.Extraction;
using Analysis.Metrics;

namespace Analysis.Charts;

/// <summary>What a divergence heatmap colours.</summary>
public enum MatrixValue
{
    /// <summary>The stance gap, row minus column (red: the row is more hawkish).</summary>
    Gap,

    /// <summary>The Jensen–Shannon divergence of their words.</summary>
    Jsd,
}

/// <summary>
/// Charts in one line from the library's results:
/// <c>Chart.Line(Aggregate.BySpeaker(statements, Period.Week), Measure.MeanStance)</c>,
/// <c>Chart.StackedBar(Aggregate.ByAffiliation(statements, Period.Month))</c>,
/// <c>Chart.Divergence(Divergence.Between(...))</c>, <c>Chart.Heatmap(Divergence.Matrix(statements))</c>,
/// <c>Chart.Statements(statements)</c>. Each returns a <see cref="Figure"/> to display or refine
/// (<c>.WithTitle(...)</c>). Empty periods stay gaps; what the data left out is noted under the chart.
/// </summary>
public static class Chart
{
    /// <summary>One line per group over time; empty periods break the line.</summary>
    public static Figure Line(Aggregation aggregation, Measure measure) =>
        OverTime(aggregation, measure, (name, x, y) => new LineTrace(name, x, y));

    /// <summary>Bars per period, groups side by side.</summary>
    public static Figure Bar(Aggregation aggregation, Measure? measure = null) =>
        OverTime(aggregation, measure ?? Measure.Count, (name, x, y) => new BarTrace(name, x, y));

    /// <summary>Bars per period, groups stacked (counts by default: who makes up each period's statements).</summary>
    public static Figure StackedBar(Aggregation aggregation, Measure? measure = null) =>
        Bar(aggregation, measure ?? Measure.Count) with { BarMode = BarMode.Stack };

    /// <summary>
    /// The stance gap per period with its bootstrap interval (markers with error bars), and the JSD of the
    /// two sides' words (dashed line, right axis). Periods where a side is silent are gaps.
    /// </summary>
    public static Figure Divergence(DivergenceTable table)
    {
        var x = Trace.Dates(table.Select(r => r.Period));
        var hover = table.Select(r => r.HasBothSides
            ? Hover.Lines(
                Hover.Escape(PeriodLabel(table.Period, r.Period)),
                $"gap {Hover.Number(r.Gap)} [{Hover.Number(r.CiLow)}, {Hover.Number(r.CiHigh)}]",
                $"JSD {Hover.Number(r.Jsd)}",
                Hover.Escape($"{table.A.Name}: {Hover.Number(r.MeanA)} (n = {r.NA})"),
                Hover.Escape($"{table.B.Name}: {Hover.Number(r.MeanB)} (n = {r.NB})"))
            : Hover.Lines(Hover.Escape(PeriodLabel(table.Period, r.Period)), Hover.Escape($"no comparison: n = {r.NA} vs {r.NB}")))
            .ToList();
        var gap = new PointsTrace($"stance gap ({table.A.Name} − {table.B.Name})", x, table.Select(r => r.Gap).ToList())
        {
            Low = table.Select(r => r.CiLow).ToList(),
            High = table.Select(r => r.CiHigh).ToList(),
            HoverText = hover,
        };
        var jsd = new LineTrace("word divergence (JSD)", x, table.Select(r => r.Jsd).ToList())
        {
            SecondaryAxis = true,
            Dash = "dash",
            HoverText = hover,
        };
        return new Figure
        {
            Title = $"{table.A.Name} vs. {table.B.Name} by {table.Period.Name}",
            XAxis = new Axis(table.Period.Name, AxisType.Date),
            YAxis = new Axis("stance gap, A − B (negative: A more hawkish)", AxisType.Linear, -2, 2),
            YAxis2 = new Axis("JSD (nats)", AxisType.Linear, 0, JensenShannon.Max),
            Traces = [gap, jsd],
            Note = Join($"Error bars: {table.Options.Confidence:P0} bootstrap interval ({table.Options.Resamples} resamples).", table.Dropped.Describe(table.Period)),
        };
    }

    /// <summary>The divergence matrix as a heatmap: rows and columns are speakers, colour the gap or the JSD.</summary>
    public static Figure Heatmap(DivergenceMatrix matrix, MatrixValue value = MatrixValue.Gap)
    {
        var names = matrix.Names;
        var z = names.Select(a => (IReadOnlyList<double?>)names.Select(b => value == MatrixValue.Gap ? matrix[a, b].Gap : matrix[a, b].Jsd).ToList()).ToList();
        var hover = names.Select(a => (IReadOnlyList<string>)names.Select(b =>
        {
            var c = matrix[a, b];
            return Hover.Lines(
                Hover.Escape($"{a} vs. {b}"),
                $"gap {Hover.Number(c.Gap)} [{Hover.Number(c.CiLow)}, {Hover.Number(c.CiHigh)}]",
                $"JSD {Hover.Number(c.Jsd)}",
                $"n = {c.NA} vs {c.NB}");
        }).ToList()).ToList();
        var trace = value == MatrixValue.Gap
            ? new HeatmapTrace("stance gap", names, names, z) { Diverging = true, ZMin = -2, ZMax = 2, ColorBarTitle = "gap (row − column)", CellHoverText = hover }
            : new HeatmapTrace("JSD", names, names, z) { ZMin = 0, ZMax = JensenShannon.Max, ColorBarTitle = "JSD (nats)", CellHoverText = hover };
        return new Figure
        {
            Title = value == MatrixValue.Gap ? "Stance gap between speakers" : "Word divergence between speakers",
            XAxis = new Axis(null, AxisType.Category),
            YAxis = new Axis(null, AxisType.Category),
            Traces = [trace],
            Height = Math.Max(450, 120 + 28 * names.Count),
            Note = $"Speakers with at least {matrix.MinStatements} statements; all their statements, dated or not.",
        };
    }

    /// <summary>
    /// Every day-dated statement as a point (x: its date, y: <paramref name="value"/>, stance score by default),
    /// one colour per <paramref name="group"/> (speaker by default); hovering shows the quote, speaker, outlet and date.
    /// </summary>
    public static Figure Statements(IEnumerable<Statement> statements, Func<Statement, double>? value = null, string? valueLabel = null, Func<Statement, string?>? group = null)
    {
        value ??= s => s.Scores.StanceScore;
        valueLabel ??= "stance score (−1 hawkish … +1 conciliatory)";
        group ??= s => s.Speaker;
        var list = statements.ToList();
        var dated = list.Where(s => Period.Day.Admits(s.Date)).OrderBy(s => s.Date.Value).ToList();
        var traces = dated
            .GroupBy(s => group(s) is { Length: > 0 } g ? g : Aggregate.Unknown, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Trace)new PointsTrace(g.Key, Trace.Dates(g.Select(s => s.Date.Value!.Value)), g.Select(s => (double?)value(s)).ToList())
            {
                HoverText = g.Select(Hover.Of).ToList(),
            })
            .ToList();
        return new Figure
        {
            Title = "Statements over time",
            XAxis = new Axis("date", AxisType.Date),
            YAxis = new Axis(valueLabel),
            Traces = traces,
            Note = DroppedStatements.Of(list, Period.Day).Describe(Period.Day),
        };
    }

    private static Figure OverTime(Aggregation aggregation, Measure measure, Func<string, IReadOnlyList<string>, IReadOnlyList<double?>, Trace> trace)
    {
        var traces = aggregation.Groups.Select(group =>
        {
            var rows = aggregation.Of(group);
            var hover = rows.Select(r => Hover.Lines(
                Hover.Escape(group), Hover.Escape(PeriodLabel(aggregation.Period, r.Period)),
                Hover.Escape($"{measure.Name}: {(measure.Value(r) is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "no statements")}"),
                $"n = {r.Count}")).ToList();
            return trace(group, Trace.Dates(rows.Select(r => r.Period)), rows.Select(measure.Value).ToList()) with { HoverText = hover };
        }).ToList();
        return new Figure
        {
            Title = $"{Capitalize(measure.Name)} by {aggregation.GroupedBy} and {aggregation.Period.Name}",
            XAxis = new Axis(aggregation.Period.Name, AxisType.Date),
            YAxis = measure.Range is { } range ? new Axis(measure.Label, AxisType.Linear, range.Min, range.Max) : new Axis(measure.Label),
            Traces = traces,
            Note = aggregation.Dropped.Describe(aggregation.Period),
        };
    }

    private static string PeriodLabel(Period period, DateOnly key)
    {
        var (start, end) = period.Bounds(key);
        return start == end ? PlotlyJson.Date(start) : $"{PlotlyJson.Date(start)} – {PlotlyJson.Date(end)}";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string? Join(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrEmpty(p)).ToList() is { Count: > 0 } kept ? string.Join(" ", kept) : null;
}
