using System.Text.Json.Nodes;

namespace Analysis.Charts;

/// <summary>Bars at x with height y; a null y draws no bar. Stacked when the figure's bar mode is stack.</summary>
public sealed record BarTrace(string Name, IReadOnlyList<string> X, IReadOnlyList<double?> Y) : Trace(Name)
{
    public override int PointCount => Y.Count(v => v is not null);

    public override int GapCount => Y.Count(v => v is null);

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "bar",
            ["name"] = Hover.Escape(Name),
            ["x"] = PlotlyJson.Strings(X),
            ["y"] = PlotlyJson.Numbers(Y),
        };
        AddHover(json);
        return json;
    }
}
