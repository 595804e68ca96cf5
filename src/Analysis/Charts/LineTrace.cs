using System.Text.Json.Nodes;

namespace Analysis.Charts;

/// <summary>A line through (x, y); a null y is a gap in the line (connectgaps: false), never a zero.</summary>
public sealed record LineTrace(string Name, IReadOnlyList<string> X, IReadOnlyList<double?> Y) : Trace(Name)
{
    /// <summary>Draws against the second y axis (on the right).</summary>
    public bool SecondaryAxis { get; init; }

    /// <summary>"solid", "dash" or "dot".</summary>
    public string Dash { get; init; } = "solid";

    public override int PointCount => Y.Count(v => v is not null);

    public override int GapCount => Y.Count(v => v is null);

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "scatter",
            ["mode"] = "lines+markers",
            ["name"] = Hover.Escape(Name),
            ["x"] = PlotlyJson.Strings(X),
            ["y"] = PlotlyJson.Numbers(Y),
            ["connectgaps"] = false,
            ["line"] = new JsonObject { ["dash"] = Dash },
        };
        AddHover(json);
        if (SecondaryAxis) json["yaxis"] = "y2";
        return json;
    }
}
