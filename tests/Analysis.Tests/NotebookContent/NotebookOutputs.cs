using System.Text.Json.Nodes;
using Analysis.Notebooks;

namespace Analysis.Tests.NotebookContent;

/// <summary>Reads what an executed notebook shows: a cell's text, its plotly figures.</summary>
internal static class NotebookOutputs
{
    public static JsonObject Cell(NotebookDocument notebook, string id) =>
        notebook.Cells.OfType<JsonObject>().Single(c => (string?)c["id"] == id);

    /// <summary>Every text/plain (and stream text) the cell shows, joined.</summary>
    public static string CellText(NotebookDocument notebook, string id) => string.Join("\n",
        ((JsonArray)Cell(notebook, id)["outputs"]!).OfType<JsonObject>().Select(o =>
            o["data"]?["text/plain"] is { } plain ? Joined(plain) : o["text"] is { } text ? Joined(text) : (string?)o["evalue"] ?? ""));

    public static IEnumerable<JsonObject> Figures(NotebookDocument notebook) =>
        notebook.Cells.OfType<JsonObject>().SelectMany(c => (c["outputs"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(o => o["data"]?["application/vnd.plotly.v1+json"]).OfType<JsonObject>();

    public static JsonObject Figure(NotebookDocument notebook, string id) =>
        ((JsonArray)Cell(notebook, id)["outputs"]!).OfType<JsonObject>().Select(o => o["data"]?["application/vnd.plotly.v1+json"]).OfType<JsonObject>().Single();

    private static string Joined(JsonNode node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? "";
}
