using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Corpus;
using Analysis.Pipeline;
using Xunit.Abstractions;

namespace Analysis.Tests.Extraction;

/// <summary>
/// Golden test: the whole pipeline over the seed articles, scored by the project's score.py against the
/// human gold. Prints score.py's report (misses, wrong speakers, spurious) for whoever reads the log.
/// </summary>
public sealed class SeedGoldenTests(ITestOutputHelper output)
{
    private const double MinAttributedF1 = 0.90;

    [Fact]
    public void Seeds_meet_the_attributed_F1_bar()
    {
        var shared = RepositoryPaths.Shared;
        var gold = Path.Combine(shared, "gold", "seeds.gold.jsonl");
        var score = Path.Combine(shared, "tools", "score.py");
        Assert.True(File.Exists(gold), $"missing {gold}");
        Assert.True(File.Exists(score), $"missing {score}");

        var predicted = Path.Combine(Path.GetTempPath(), $"seeds-{Guid.NewGuid():N}.jsonl");
        try
        {
            WriteStatements(Path.Combine(RepositoryPaths.Root, "seeds"), predicted);
            output.WriteLine(Run(score, gold, predicted, json: false));
            var figures = JsonNode.Parse(Run(score, gold, predicted, json: true))!;
            double f1 = figures["attributed_f1"]!.GetValue<double>();
            Assert.True(f1 >= MinAttributedF1, $"attributed_f1 {f1:F3} < {MinAttributedF1}");
        }
        finally
        {
            File.Delete(predicted);
        }
    }

    internal static void WriteStatements(string corpus, string path)
    {
        var analyzer = new ArticleAnalyzer();
        using var writer = new StreamWriter(path);
        foreach (var article in CorpusLoader.LoadFolder(corpus))
            foreach (var s in analyzer.Analyze(article))
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    article = s.Article, speaker = s.Speaker, speaker_role = s.SpeakerRole, affiliation = s.Affiliation,
                    kind = s.Kind.ToString().ToLowerInvariant(), quote = s.Quote, cue = s.Cue, date = s.Date.ToIsoString(),
                    start = s.Span.Start, end = s.Span.End,
                }));
    }

    private static string Run(string score, string gold, string predicted, bool json)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { score, gold, predicted }) info.ArgumentList.Add(arg);
        if (json) info.ArgumentList.Add("--json");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py failed ({process.ExitCode}): {stderr}");
        return stdout;
    }
}
