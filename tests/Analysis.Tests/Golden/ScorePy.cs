using System.Text.Json.Nodes;

namespace Analysis.Tests.Golden;

/// <summary>The project's judge, ../shared/tools/score.py, run on a gold file and a statements file.</summary>
public static class ScorePy
{
    /// <summary>The figures (score.py --json) and the human-readable report of misses, wrong speakers and spurious lines.</summary>
    public sealed record Result(JsonNode Figures, string Report)
    {
        public double? Figure(string name) => Figures[name]?.GetValue<double>();
    }

    public static Result Score(string gold, string predicted) =>
        new(JsonNode.Parse(Run(gold, predicted, "--json"))!, Run(gold, predicted));

    private static string Run(string gold, string predicted, params string[] options)
    {
        var result = ExternalProcess.Run("python3", [RepositoryPaths.ScoreScript, gold, predicted, .. options]);
        Assert.True(result.ExitCode == 0, $"score.py failed ({result.ExitCode}): {result.Stderr}");
        return result.Stdout;
    }
}
