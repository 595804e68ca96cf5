using System.Text.Json.Serialization;
using Analysis.Corpus;
using Analysis.Evaluation;
using Analysis.Output;
using Analysis.Pipeline;
using Analysis.Tests.Golden;
using Analysis.Tests.Notebooks;

namespace Analysis.Tests.Evaluation;

/// <summary>
/// GoldComparison and ../shared/tools/score.py, run on the same files, give the same figures: on the hand-made
/// pair, on the seeds' real extraction, and on many random predictions cut from the gold quotes.
/// </summary>
public sealed class ScorePyAgreementTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Agrees_on_the_hand_made_pair()
    {
        HandMadeGold.WriteGold(folder["gold.jsonl"], HandMadeGold.Gold);
        HandMadeGold.WritePredicted(folder["predicted.jsonl"], HandMadeGold.Predicted);
        AssertSameFigures(GoldComparison.Compare(HandMadeGold.Gold, HandMadeGold.Predicted).Score, folder["gold.jsonl"], folder["predicted.jsonl"]);
    }

    [Fact]
    public void Agrees_on_the_seeds_extraction()
    {
        var statements = CorpusLoader.LoadFolder(RepositoryPaths.Seeds).SelectMany(new ArticleAnalyzer().Analyze).ToList();
        StatementWriter.WriteFile(folder["statements.jsonl"], StatementFormat.Jsonl, statements);
        var score = GoldComparison.Compare(GoldFile.Load(RepositoryPaths.Gold), statements).Score;
        AssertSameFigures(score, RepositoryPaths.Gold, folder["statements.jsonl"]);
    }

    [Fact]
    public void Agrees_on_random_predictions_cut_from_the_gold()
    {
        var gold = GoldFile.Load(RepositoryPaths.Gold);
        var speakers = gold.Select(g => g.Speaker).Distinct().Append("Tillerson").Append("President Trump").Append("").ToList();
        var random = new Random(20171001);
        var predicted = Enumerable.Range(0, 300).Select(_ =>
        {
            var g = gold[random.Next(gold.Count)];
            var words = g.Quote.Split(' ');
            var start = random.Next(words.Length);
            var quote = string.Join(' ', words.Skip(random.Next(2) == 0 ? 0 : start).Take(random.Next(1, words.Length + 1)));
            var date = random.Next(4) switch { 0 => null, 1 => g.Date, 2 => "2017-09", _ => $"2017-09-{random.Next(1, 31):00}" };
            return new PredictedStatement(g.File, speakers[random.Next(speakers.Count)], quote, date,
                random.Next(2) == 0 ? g.Stance : "neutral", Math.Round(random.NextDouble() * 2 - 1, 4));
        }).ToList();
        HandMadeGold.WritePredicted(folder["random.jsonl"], predicted);
        AssertSameFigures(GoldComparison.Compare(gold, predicted).Score, RepositoryPaths.Gold, folder["random.jsonl"]);
    }

    private static void AssertSameFigures(GoldScore score, string goldPath, string predictedPath)
    {
        var python = ScorePy.Score(goldPath, predictedPath).Figures.AsObject();
        var ours = typeof(GoldScore).GetProperties().ToDictionary(
            p => p.GetCustomAttributes(typeof(JsonPropertyNameAttribute), false).Cast<JsonPropertyNameAttribute>().Single().Name,
            p => p.GetValue(score) is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : (double?)null);
        Assert.Equal(python.Select(kv => kv.Key).Order(), ours.Keys.Order());
        foreach (var (name, value) in python)
        {
            var expected = value?.GetValue<double>();
            if (expected is null) Assert.True(ours[name] is null, $"{name}: score.py null, ours {ours[name]}");
            else Assert.True(ours[name] is { } actual && Math.Abs(actual - expected.Value) < 1e-9, $"{name}: score.py {expected}, ours {ours[name]?.ToString() ?? "null"}");
        }
    }
}
