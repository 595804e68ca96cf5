namespace Analysis.Tests;

/// <summary>
/// The repository root, its seeds, and the read-only ../shared folder (gold annotations, score.py, data).
/// A test that needs ../shared fails loudly when it is missing: a golden test must never pass by skipping.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (!Directory.Exists(shared))
                throw new DirectoryNotFoundException($"{shared} is missing: the golden tests need ../shared (gold, score.py, data) beside the repository");
            return shared;
        }
    }

    public static string Gold => Path.Combine(Shared, "gold", "seeds.gold.jsonl");

    public static string ScoreScript => Path.Combine(Shared, "tools", "score.py");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Analysis.sln above {AppContext.BaseDirectory}");
    }
}
