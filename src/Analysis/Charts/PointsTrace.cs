using System.Text.Json.Nodes;

namespace Analysis.Charts;

/// <summary>
/// Markers at (x, y), optionally with asymmetric error bars from <see cref="Low"/> to <see cref="High"/>
/// (e.g. a bootstrap interval). A null y is not drawn.
/// </summary>
public sealed record PointsTrace(string Name, IReadOnlyList<string> X, IReadOnlyList<double?> Y) : Trace(Name)
{
    /// <summary>Lower ends of the error bars, one per point (null: no bar).</summary>
    public IReadOnlyList<double?>? Low { get; init; }

    /// <summary>Upper ends of the error bars, one per point (null: no bar).</summary>
    public IReadOnlyList<double?>? High { get; init; }

    /// <summary>Marker size in pixels.</summary>
    public int Size { get; init; } = 8;

    public override int PointCount => Y.Count(v => v is not null);

    public override int GapCount => Y.Count(v => v is null);

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "scatter",
            ["mode"] = "markers",
            ["name"] = Hover.Escape(Name),
            ["x"] = PlotlyJson.Strings(X),
            ["y"] = PlotlyJson.Numbers(Y),
            ["marker"] = new JsonObject { ["size"] = Size },
        };
        if (Low is not null && High is not null)
        {
            // plotly wants distances from y, not ends: array = high - y, arrayminus = y - low.
            json["error_y"] = new JsonObject
            {
                ["type"] = "data",
                ["symmetric"] = false,
                ["array"] = PlotlyJson.Numbers(Y.Select((y, i) => High[i] - y)),
                ["arrayminus"] = PlotlyJson.Numbers(Y.Select((y, i) => y - Low[i])),
                ["visible"] = true,
            };
        }
        AddHover(json);
        return json;
    }
}
