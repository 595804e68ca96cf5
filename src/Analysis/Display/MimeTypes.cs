namespace Analysis.Display;

/// <summary>The MIME types the library's outputs carry.</summary>
public static class MimeTypes
{
    public const string Plain = "text/plain";
    public const string Html = "text/html";

    /// <summary>A plotly.js figure ({data, layout}), drawn natively by VS Code and JupyterLab.</summary>
    public const string Plotly = "application/vnd.plotly.v1+json";
}
