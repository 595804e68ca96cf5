using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Charts;

/// <summary>The small JSON vocabulary figures are written in: arrays with null gaps, rounded numbers, script-safe text.</summary>
internal static class PlotlyJson
{
    /// <summary>
    /// Script-safe serialisation: the default encoder writes &lt; &gt; &amp; ' + and non-ASCII as \uXXXX,
    /// so "&lt;/script&gt;" inside a quote cannot end the script element the JSON is embedded in.
    /// </summary>
    public static readonly JsonSerializerOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = true };

    /// <summary>Values rounded to 6 decimals: plenty for a chart, and stable across platforms' last-bit differences.</summary>
    public static JsonNode? Number(double? value) =>
        value is { } v && double.IsFinite(v) ? JsonValue.Create(Math.Round(v, 6)) : null;

    public static JsonArray Numbers(IEnumerable<double?> values) => new([.. values.Select(Number)]);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
