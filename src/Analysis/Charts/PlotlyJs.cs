using System.Net;
using System.Text;
using Analysis.Output;

namespace Analysis.Charts;

/// <summary>
/// plotly.js itself (npm plotly.js-dist-min 4.1.2, embedded in the library at build time), so pages with
/// charts work offline: copy it next to the pages (<see cref="WriteTo"/>) or inline it.
/// </summary>
public static class PlotlyJs
{
    public const string Version = "4.1.2";

    /// <summary>The file name pages refer to.</summary>
    public const string FileName = "plotly.min.js";

    private const string ResourceName = "Analysis.Assets.plotly.min.js";

    private static readonly Lazy<string> source = new(() =>
    {
        using var stream = typeof(PlotlyJs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library was built without its {ResourceName} resource (npm ci in src/Analysis).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => source.Value;

    /// <summary>Writes plotly.min.js into <paramref name="directory"/> (atomically) and returns its path.</summary>
    public static string WriteTo(string directory)
    {
        var path = Path.Combine(directory, FileName);
        AtomicFile.WriteAllText(path, Source);
        return path;
    }

    /// <summary>
    /// A complete HTML page showing <paramref name="figures"/>: plotly.js inlined, or loaded from
    /// plotly.min.js beside the page (write it with <see cref="WriteTo"/>).
    /// </summary>
    public static string Page(string title, IEnumerable<Figure> figures, bool inlinePlotly = false)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        if (inlinePlotly)
            // The minified source never contains "</script" (checked by a test), so it can sit in a script element.
            html.Append("<script>").Append(Source).Append("</script>\n");
        else
            html.Append("<script src=\"").Append(FileName).Append("\"></script>\n");
        html.Append("</head>\n<body>\n");
        foreach (var figure in figures) html.Append(figure.ToHtml()).Append('\n');
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes <see cref="Page"/> to <paramref name="path"/>, and plotly.min.js beside it unless inlined.</summary>
    public static void SavePage(string path, string title, IEnumerable<Figure> figures, bool inlinePlotly = false)
    {
        if (!inlinePlotly) WriteTo(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllText(path, Page(title, figures, inlinePlotly));
    }
}
