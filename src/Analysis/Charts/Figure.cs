using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Analysis.Display;

namespace Analysis.Charts;

/// <summary>How bars of several traces share an x value.</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    Group,

    /// <summary>On top of each other.</summary>
    Stack,
}

/// <summary>
/// A plotly.js figure: traces and a layout, serialised to the plotly JSON schema (<c>{data: [...], layout:
/// {...}}</c>, properties in a fixed order, null values as gaps). Displays in notebooks as
/// application/vnd.plotly.v1+json (drawn natively by VS Code and JupyterLab), with a text/html fallback for
/// pages that load plotly.js, and a text/plain summary. Immutable: the With... methods return a new figure.
/// </summary>
public sealed record Figure : IMimeRenderable
{
    private static int counter;

    public IReadOnlyList<Trace> Traces { get; init; } = [];

    public string? Title { get; init; }

    public Axis XAxis { get; init; } = new();

    public Axis YAxis { get; init; } = new();

    /// <summary>A second y axis on the right, for traces with SecondaryAxis.</summary>
    public Axis? YAxis2 { get; init; }

    public BarMode BarMode { get; init; } = BarMode.Group;

    /// <summary>A line under the chart: what it leaves out, how to read it.</summary>
    public string? Note { get; init; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; init; } = 450;

    public Figure Add(Trace trace) => this with { Traces = [.. Traces, trace] };

    public Figure WithTitle(string title) => this with { Title = title };

    public Figure WithNote(string? note) => this with { Note = note };

    public Figure WithHeight(int pixels) => this with { Height = pixels };

    public Figure WithXAxis(Axis axis) => this with { XAxis = axis };

    public Figure WithYAxis(Axis axis) => this with { YAxis = axis };

    /// <summary>The figure as plotly JSON: <c>{"data": [traces], "layout": {...}}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["data"] = new JsonArray([.. Traces.Select(t => (JsonNode)t.ToJson())]),
        ["layout"] = LayoutJson(),
    };

    /// <summary>The JSON text; script-safe (&lt; &gt; &amp; written as \u003C ...).</summary>
    public string ToJsonString(bool indented = false) =>
        ToJson().ToJsonString(indented ? PlotlyJson.Indented : PlotlyJson.ScriptSafe);

    /// <summary>
    /// A &lt;div&gt; and a script calling <c>Plotly.newPlot(id, data, layout)</c>. Assumes the page has loaded
    /// plotly.js (<see cref="PlotlyJs"/>); no require.js, no CDN. The id is unique within a process run.
    /// </summary>
    public string ToHtml()
    {
        var json = ToJson();
        var data = json["data"]!.ToJsonString(PlotlyJson.ScriptSafe);
        var layout = json["layout"]!.ToJsonString(PlotlyJson.ScriptSafe);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data + layout)))[..12];
        var id = $"plot-{hash}-{Interlocked.Increment(ref counter)}";
        return $"<div id=\"{id}\" class=\"plotly-figure\" style=\"width:100%;height:{Height}px\"></div>\n" +
               $"<script>Plotly.newPlot(\"{id}\", {data}, {layout});</script>";
    }

    /// <summary>A one-paragraph description: kind, title, traces with their points and gaps, x range.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.Append("Figure");
        if (Title is not null) text.Append(": ").Append(Title);
        text.Append('\n');
        foreach (var t in Traces)
        {
            text.Append("  ").Append(t.GetType().Name.Replace("Trace", "").ToLowerInvariant()).Append(' ')
                .Append(string.IsNullOrEmpty(t.Name) ? "(unnamed)" : t.Name).Append(": ")
                .Append(t.PointCount).Append(" values");
            if (t.GapCount > 0) text.Append(", ").Append(t.GapCount).Append(" gaps");
            text.Append('\n');
        }
        if (Note is not null) text.Append("  ").Append(Note).Append('\n');
        return text.ToString();
    }

    /// <summary>A complete HTML page with this figure (see <see cref="PlotlyJs.Page"/>).</summary>
    public string ToStandaloneHtml(bool inlinePlotly = false) => PlotlyJs.Page(Title ?? "Figure", [this], inlinePlotly);

    /// <summary>
    /// Writes a standalone page to <paramref name="path"/>; unless <paramref name="inlinePlotly"/>, also
    /// writes plotly.min.js beside it, so the page works offline either way.
    /// </summary>
    public void SaveHtml(string path, bool inlinePlotly = false) => PlotlyJs.SavePage(path, Title ?? "Figure", [this], inlinePlotly);

    public IReadOnlyDictionary<string, object> ToMimeBundle() => new Dictionary<string, object>
    {
        [MimeTypes.Plain] = Summary(),
        [MimeTypes.Html] = ToHtml(),
        [MimeTypes.Plotly] = ToJson(),
    };

    public override string ToString() => Summary();

    private JsonObject LayoutJson()
    {
        var layout = new JsonObject();
        if (Title is not null) layout["title"] = new JsonObject { ["text"] = Hover.Escape(Title) };
        layout["xaxis"] = XAxis.ToJson();
        layout["yaxis"] = YAxis.ToJson();
        if (YAxis2 is not null)
        {
            var y2 = YAxis2.ToJson();
            y2["overlaying"] = "y";
            y2["side"] = "right";
            y2["showgrid"] = false;
            layout["yaxis2"] = y2;
        }
        if (Traces.Any(t => t is BarTrace)) layout["barmode"] = BarMode == BarMode.Stack ? "stack" : "group";
        layout["hovermode"] = "closest";
        layout["height"] = Height;
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["y"] = -0.2 };
        if (Note is not null)
        {
            layout["margin"] = new JsonObject { ["b"] = 110 };
            layout["annotations"] = new JsonArray(new JsonObject
            {
                ["text"] = Hover.Escape(Note),
                ["xref"] = "paper",
                ["yref"] = "paper",
                ["x"] = 0,
                ["y"] = -0.35,
                ["xanchor"] = "left",
                ["showarrow"] = false,
                ["font"] = new JsonObject { ["size"] = 11, ["color"] = "#555" },
            });
        }
        return layout;
    }
}
