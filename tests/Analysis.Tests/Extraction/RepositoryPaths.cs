namespace Analysis.Tests.Extraction;

/// <summary>Finds the repository root (the folder holding Analysis.sln) and the shared gold folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
            throw new InvalidOperationException($"No Analysis.sln above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>../shared relative to the repository; missing is a failure, never a silent pass.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (!Directory.Exists(shared)) throw new DirectoryNotFoundException($"The shared folder (gold, score.py) is missing: {shared}");
            return shared;
        }
    }
}
