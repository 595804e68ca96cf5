using System.Text.Json.Nodes;

namespace Analysis.Charts;

/// <summary>
/// One series of a figure, as a plotly.js trace. The subtypes are the chart kinds the library draws:
/// <see cref="LineTrace"/>, <see cref="BarTrace"/>, <see cref="PointsTrace"/> (with optional error bars) and
/// <see cref="HeatmapTrace"/>. X values are strings: dates as yyyy-MM-dd, or category names. Names are
/// escaped like hover text (plotly renders legend and tick labels as HTML-like markup too).
/// </summary>
public abstract record Trace(string Name)
{
    /// <summary>Escaped hover labels (see <see cref="Hover"/>), one per point, or null for plotly's default.</summary>
    public IReadOnlyList<string>? HoverText { get; init; }

    /// <summary>The plotly.js JSON object, properties in a fixed order.</summary>
    public abstract JsonObject ToJson();

    /// <summary>How many points carry a value (not a gap).</summary>
    public abstract int PointCount { get; }

    /// <summary>How many points are gaps (null).</summary>
    public abstract int GapCount { get; }

    /// <summary>Dates as plotly time-axis values.</summary>
    public static IReadOnlyList<string> Dates(IEnumerable<DateOnly> days) => days.Select(PlotlyJson.Date).ToList();

    /// <summary>Adds text and hovertemplate when there are hover labels.</summary>
    protected void AddHover(JsonObject json)
    {
        if (HoverText is null) return;
        json["text"] = PlotlyJson.Strings(HoverText);
        json["hovertemplate"] = "%{text}<extra></extra>";
    }
}
