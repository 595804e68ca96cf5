using System.Diagnostics;
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
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { RepositoryPaths.ScoreScript, gold, predicted }.Concat(options)) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py failed ({process.ExitCode}): {stderr}");
        return stdout.Result;
    }
}
