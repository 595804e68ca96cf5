namespace Analysis.Display;

/// <summary>
/// An object that renders itself as a Jupyter MIME bundle, for notebook outputs and the HTML report.
/// Tables and charts implement it; the notebook runner calls it for a cell's value and for display(x).
/// </summary>
public interface IMimeRenderable
{
    /// <summary>
    /// MIME type → content. <see cref="MimeTypes.Plain"/> is always present. JSON types
    /// (<see cref="MimeTypes.Plotly"/>) map to a System.Text.Json.Nodes.JsonNode; all others to a string.
    /// </summary>
    IReadOnlyDictionary<string, object> ToMimeBundle();
}
