using System.Text.Json;
using Analysis.Scoring;
using MathNet.Numerics.Statistics;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>
/// The scorer on each gold quote of the seeds (../shared/gold/seeds.gold.jsonl), with score.py's rules:
/// only non-optional lines; stance accuracy; sentiment sign agreement (prediction &gt; 0.05 / &lt; -0.05 against the
/// gold sign, over lines with non-zero gold sentiment); Spearman with the gold sentiment.
/// </summary>
public sealed class GoldQuoteTests(ITestOutputHelper output)
{
    private sealed record Gold(string Quote, string Stance, double Sentiment);

    private static List<Gold> LoadGold() =>
        File.ReadLines(SharedData.PathOf("gold/seeds.gold.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => !(e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True))
            .Select(e => new Gold(e.GetProperty("quote").GetString()!, e.GetProperty("stance").GetString()!, e.GetProperty("sentiment").GetDouble()))
            .ToList();

    [Fact]
    public void Stance_and_sentiment_agree_with_the_gold_quotes()
    {
        var gold = LoadGold();
        Assert.True(gold.Count >= 40, $"only {gold.Count} gold lines");
        var scorer = new StatementScorer();
        var scored = gold.Select(g => (Gold: g, Scores: scorer.Score(g.Quote))).ToList();
        foreach (var (g, s) in scored)
            output.WriteLine($"{g.Stance,-12} {s.Stance.ToString().ToLowerInvariant(),-12} {g.Sentiment,3} {s.Sentiment,6:F2} {s.StanceScore,6:F2} | {Trim(g.Quote)} | {string.Join("; ", s.Evidence)}");

        var stanceAccuracy = scored.Average(x => x.Gold.Stance == x.Scores.Stance.ToString().ToLowerInvariant() ? 1.0 : 0.0);
        var signed = scored.Where(x => x.Gold.Sentiment != 0).ToList();
        var signAgreement = signed.Average(x => Math.Sign(x.Gold.Sentiment) == (x.Scores.Sentiment > 0.05 ? 1 : x.Scores.Sentiment < -0.05 ? -1 : 0) ? 1.0 : 0.0);
        var spearman = Correlation.Spearman(scored.Select(x => x.Gold.Sentiment), scored.Select(x => x.Scores.Sentiment));
        output.WriteLine($"n={scored.Count} stance accuracy={stanceAccuracy:F3} sign agreement={signAgreement:F3} (n={signed.Count}) spearman={spearman:F3}");

        Assert.True(stanceAccuracy >= 0.80, $"stance accuracy {stanceAccuracy:F3} < 0.80");
        Assert.True(signAgreement >= 0.80, $"sentiment sign agreement {signAgreement:F3} < 0.80");
        Assert.True(spearman >= 0.60, $"sentiment Spearman {spearman:F3} < 0.60");
    }

    private static string Trim(string s) => s.Length <= 70 ? s : s[..70] + "…";
}
