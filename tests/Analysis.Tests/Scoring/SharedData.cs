namespace Analysis.Tests.Scoring;

/// <summary>Locates the read-only shared data (<c>../shared</c> beside the repository) and fails loudly if it is absent.</summary>
internal static class SharedData
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) continue;
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", relative));
            if (!File.Exists(path))
                throw new FileNotFoundException($"Shared test data {path} is missing: these figures cannot be measured without it.", path);
            return path;
        }
        throw new DirectoryNotFoundException($"No Analysis.sln above {AppContext.BaseDirectory}: cannot find ../shared.");
    }
}
