using Analysis.Scoring;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>Stance accuracy of the scorer on the gold quotes of each development corpus.</summary>
public sealed class StanceDevEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rules_on_gold_quotes(bool withCue)
    {
        var scorer = new StatementScorer();
        int allRight = 0, all = 0;
        using var dump = Environment.GetEnvironmentVariable("STANCE_DUMP") is { } path ? new StreamWriter(path + (withCue ? ".cue" : "")) : null;
        foreach (var corpus in StanceDevCorpora.Names)
        {
            var lines = StanceDevCorpora.Of(corpus);
            var right = 0;
            var confusion = new Dictionary<(string, string), int>();
            foreach (var line in lines)
            {
                var s = withCue ? scorer.Score(line.Quote, line.Cue) : scorer.Score(line.Quote);
                var predicted = s.Stance.ToString().ToLowerInvariant();
                if (predicted == line.Stance) right++;
                confusion[(line.Stance, predicted)] = confusion.GetValueOrDefault((line.Stance, predicted)) + 1;
                dump?.WriteLine($"{corpus}\t{line.File}\t{line.Stance}\t{predicted}\t{s.StanceScore:F2}\t{line.Cue}\t{line.Quote.Replace('\n', ' ')}\t{string.Join("; ", s.Evidence)}");
            }
            allRight += right;
            all += lines.Count;
            output.WriteLine($"{corpus,-10} {right / (double)lines.Count:F3} n={lines.Count} " +
                string.Join(" ", confusion.OrderBy(c => c.Key).Select(c => $"{c.Key.Item1[0]}>{c.Key.Item2[0]}:{c.Value}")));
        }
        output.WriteLine($"cue={withCue} pooled     {allRight / (double)all:F3} n={all}");
    }
}
