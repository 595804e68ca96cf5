using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Analysis.Display;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// A value as a Jupyter MIME bundle. Objects that render themselves (tables, charts) give their own bundle;
/// anything else becomes text/plain. Every bundle carries text/plain, so every notebook viewer shows something.
/// </summary>
public static class MimeBundles
{
    private const int MaxItems = 20;

    public static IReadOnlyDictionary<string, JsonNode> For(object? value)
    {
        var bundle = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (value is IMimeRenderable renderable)
        {
            foreach (var (mime, content) in renderable.ToMimeBundle())
            {
                bundle[mime] = content switch
                {
                    JsonNode node => node.DeepClone(),
                    string text when IsJson(mime) => JsonNode.Parse(text) ?? JsonValue.Create(text)!,
                    string text => JsonValue.Create(text),
                    _ => throw new InvalidOperationException($"{value.GetType().Name}.ToMimeBundle(): '{mime}' maps to a {content?.GetType().Name ?? "null"}; expected a string or a JsonNode"),
                };
            }
        }
        if (!bundle.ContainsKey(MimeTypes.Plain)) bundle[MimeTypes.Plain] = JsonValue.Create(PlainText(value));
        return bundle;
    }

    /// <summary>nbformat keeps application/json and application/*+json as JSON; every other type is text.</summary>
    public static bool IsJson(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>What a value looks like as text: its ToString, or the first items of a sequence.</summary>
    public static string PlainText(object? value) => value switch
    {
        null => "null",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence when HasDefaultToString(value) => Sequence(sequence),
        _ => value.ToString() ?? "",
    };

    private static bool HasDefaultToString(object value) =>
        value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType == typeof(object);

    private static string Sequence(IEnumerable sequence)
    {
        var text = new StringBuilder("[");
        var count = 0;
        foreach (var item in sequence)
        {
            if (count == MaxItems) { text.Append(", …"); break; }
            if (count++ > 0) text.Append(", ");
            text.Append(item is IEnumerable and not string ? item.ToString() : PlainText(item));
        }
        return text.Append(']').ToString();
    }
}
