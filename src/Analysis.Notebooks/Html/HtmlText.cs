using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Html;

/// <summary>
/// The two ways text enters our pages. Article text and cell output are data, never markup: they are
/// HTML-encoded. JSON inside a &lt;script&gt; block has &lt;, &gt; and &amp; escaped as \u003C.. so that a quote holding
/// "&lt;/script&gt;" cannot close the block.
/// </summary>
public static class HtmlText
{
    private static readonly JsonSerializerOptions ScriptJsonOptions = new() { Encoder = JavaScriptEncoder.Default };

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>JSON safe to place inside a &lt;script&gt; element (the default encoder escapes every HTML-sensitive character).</summary>
    public static string ScriptJson(JsonNode? node) => node?.ToJsonString(ScriptJsonOptions) ?? "null";
}
