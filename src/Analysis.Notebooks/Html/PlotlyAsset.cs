using Analysis.Display;
using Analysis.Output;

namespace Analysis.Notebooks.Html;

/// <summary>
/// plotly.js, embedded in the Analysis assembly from the pinned npm package: pages load it from a file beside
/// them, so reports open offline and never reach a CDN.
/// </summary>
public static class PlotlyAsset
{
    public const string FileName = "plotly.min.js";
    private const string ResourceName = "Analysis.Assets.plotly.min.js";

    /// <summary>Writes plotly.min.js into the folder unless an identical copy is there.</summary>
    public static void CopyTo(string directory)
    {
        var target = Path.Combine(directory, FileName);
        using var resource = typeof(IMimeRenderable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the Analysis assembly (did the npm restore run?)");
        if (File.Exists(target) && new FileInfo(target).Length == resource.Length) return;
        AtomicFile.Write(target, resource.CopyTo);
    }
}
