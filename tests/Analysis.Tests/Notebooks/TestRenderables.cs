using System.Net;
using System.Text.Json.Nodes;
using Analysis.Display;

namespace Analysis.Tests.Notebooks;

/// <summary>A table as the Tables library renders one: HTML (encoded) plus text.</summary>
public sealed class TestTable(params string[] rows) : IMimeRenderable
{
    public IReadOnlyDictionary<string, object> ToMimeBundle() => new Dictionary<string, object>
    {
        [MimeTypes.Plain] = string.Join("\n", rows),
        [MimeTypes.Html] = "<table class=\"test-table\"><tbody>" + string.Concat(rows.Select(r => $"<tr><td>{WebUtility.HtmlEncode(r)}</td></tr>")) + "</tbody></table>",
    };
}

/// <summary>A chart as the Charts library renders one: a plotly figure (a JSON object), an HTML fallback and text.</summary>
public sealed class TestChart(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values) : IMimeRenderable
{
    public IReadOnlyDictionary<string, object> ToMimeBundle() => new Dictionary<string, object>
    {
        [MimeTypes.Plain] = $"{title}: {labels.Count} bars",
        [MimeTypes.Html] = $"<p>{WebUtility.HtmlEncode(title)} (chart)</p>",
        [MimeTypes.Plotly] = new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject
            {
                ["type"] = "bar",
                ["x"] = new JsonArray(labels.Select(l => (JsonNode)WebUtility.HtmlEncode(l)).ToArray()),
                ["y"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()),
                ["hovertext"] = new JsonArray(labels.Select(l => (JsonNode)WebUtility.HtmlEncode(l)).ToArray()),
            }),
            ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = WebUtility.HtmlEncode(title) }, ["height"] = 380 },
        },
    };
}

/// <summary>A renderer that fails, as a buggy one would.</summary>
public sealed class BrokenRenderable : IMimeRenderable
{
    public IReadOnlyDictionary<string, object> ToMimeBundle() => throw new InvalidOperationException("renderer failed");
}
