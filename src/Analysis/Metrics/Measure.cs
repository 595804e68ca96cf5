namespace Analysis.Metrics;

/// <summary>
/// A named quantity of an <see cref="AggregateRow"/>, for charts and summaries:
/// <c>Chart.Line(weekly, Measure.MeanStance)</c>.
/// </summary>
/// <param name="Name">The short name, for titles and hover labels ("mean stance").</param>
/// <param name="Label">The axis title, with the scale when it needs explaining.</param>
/// <param name="Value">The value of a row; null is a gap.</param>
/// <param name="Range">The fixed axis range, when the quantity has one (scores live in [-1, 1]).</param>
public sealed record Measure(string Name, string Label, Func<AggregateRow, double?> Value, (double Min, double Max)? Range = null)
{
    /// <summary>Statements per period. An empty period counts 0: zero statements is a fact, not a gap.</summary>
    public static Measure Count { get; } = new("statements", "statements", r => r.Count);

    /// <summary>Mean stance score, -1 hawkish .. +1 conciliatory; null for an empty period.</summary>
    public static Measure MeanStance { get; } = new("mean stance", "mean stance (−1 hawkish … +1 conciliatory)", r => r.MeanStance, (-1, 1));

    /// <summary>Mean sentiment, -1 negative .. +1 positive; null for an empty period.</summary>
    public static Measure MeanSentiment { get; } = new("mean sentiment", "mean sentiment (−1 … +1)", r => r.MeanSentiment, (-1, 1));

    /// <summary>Statements labelled hawkish.</summary>
    public static Measure Hawkish { get; } = new("hawkish statements", "hawkish statements", r => r.Hawkish);

    /// <summary>Statements labelled conciliatory.</summary>
    public static Measure Conciliatory { get; } = new("conciliatory statements", "conciliatory statements", r => r.Conciliatory);

    public override string ToString() => Name;
}
