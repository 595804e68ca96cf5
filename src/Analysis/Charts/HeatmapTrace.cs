using System.Text.Json.Nodes;

namespace Analysis.Charts;

/// <summary>
/// A grid of colours: <see cref="Z"/>[row][column] for rows <see cref="Y"/> and columns <see cref="X"/>;
/// a null cell stays blank. <see cref="Diverging"/> centres a red–blue scale on zero (for signed gaps).
/// </summary>
public sealed record HeatmapTrace(string Name, IReadOnlyList<string> X, IReadOnlyList<string> Y, IReadOnlyList<IReadOnlyList<double?>> Z) : Trace(Name)
{
    public double? ZMin { get; init; }

    public double? ZMax { get; init; }

    /// <summary>A red–white–blue scale centred on 0 (else a sequential one).</summary>
    public bool Diverging { get; init; }

    /// <summary>The colour bar's title.</summary>
    public string? ColorBarTitle { get; init; }

    /// <summary>Hover labels per cell, [row][column], escaped; these replace <see cref="Trace.HoverText"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? CellHoverText { get; init; }

    public override int PointCount => Z.Sum(row => row.Count(v => v is not null));

    public override int GapCount => Z.Sum(row => row.Count(v => v is null));

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "heatmap",
            ["name"] = Hover.Escape(Name),
            ["x"] = PlotlyJson.Strings(X.Select(Hover.Escape)),
            ["y"] = PlotlyJson.Strings(Y.Select(Hover.Escape)),
            ["z"] = new JsonArray([.. Z.Select(row => (JsonNode)PlotlyJson.Numbers(row))]),
            ["colorscale"] = Diverging ? "RdBu" : "Viridis",
        };
        if (ZMin is not null) json["zmin"] = PlotlyJson.Number(ZMin);
        if (ZMax is not null) json["zmax"] = PlotlyJson.Number(ZMax);
        if (Diverging) json["zmid"] = 0;
        if (ColorBarTitle is not null) json["colorbar"] = new JsonObject { ["title"] = new JsonObject { ["text"] = Hover.Escape(ColorBarTitle) } };
        if (CellHoverText is not null)
        {
            json["text"] = new JsonArray([.. CellHoverText.Select(row => (JsonNode)PlotlyJson.Strings(row))]);
            json["hovertemplate"] = "%{text}<extra></extra>";
        }
        else AddHover(json);
        return json;
    }
}
