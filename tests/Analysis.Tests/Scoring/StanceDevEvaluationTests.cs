using Analysis.Scoring;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>
/// Stance accuracy of the scorer on the gold quotes of each development corpus (<see cref="StanceDevCorpora"/>), on the
/// quote alone and with its gold cue: the scorer apart from extraction, fast enough to try a rule against all ten.
/// The rules alone: the learned fallback is fitted on these golds, so its figure here would be in-sample (its honest
/// figure, each corpus left out of the fit, is <see cref="StanceFallbackTests"/>'s).
/// With <c>STANCE_DUMP=path</c> every line is written to the file (corpus, article, gold, predicted, score, cue, quote,
/// evidence) to read the errors.
/// </summary>
public sealed class StanceDevEvaluationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Just under the pooled figure with the cue over the eleven sets measured on 2026-11-21 (0.647). Over the first ten it
    /// was 0.666; Heldout15 (session 6), the hardest for the rules, reads 0.471 and pulls the pool down. Over the first
    /// eight it was 0.643 before session 5's stance round, 0.631 before the reporting verb and the two construction rules.
    /// </summary>
    private const double PooledFloor = 0.645;

    [Fact]
    public void The_reporting_verb_costs_no_corpus_and_the_pooled_accuracy_holds_its_floor()
    {
        var scorer = StatementScorer.RulesOnly;
        using var dump = Environment.GetEnvironmentVariable("STANCE_DUMP") is { Length: > 0 } path ? new StreamWriter(path) : null;
        int pooledAlone = 0, pooledWithCue = 0, pooled = 0;
        foreach (var corpus in StanceDevCorpora.Names)
        {
            var lines = StanceDevCorpora.Of(corpus);
            int alone = 0, withCue = 0;
            foreach (var line in lines)
            {
                if (Label(scorer.Score(line.Quote)) == line.Stance) alone++;
                var s = scorer.Score(line.Quote, line.Cue);
                if (Label(s) == line.Stance) withCue++;
                dump?.WriteLine($"{corpus}\t{line.File}\t{line.Stance}\t{Label(s)}\t{s.StanceScore:F2}\t{line.Cue}\t{line.Quote.ReplaceLineEndings(" ")}\t{string.Join("; ", s.Evidence)}");
            }
            output.WriteLine($"{corpus,-10} n={lines.Count,3}  quote alone {alone / (double)lines.Count:F3}  with cue {withCue / (double)lines.Count:F3}");
            Assert.True(withCue >= alone, $"{corpus}: the reporting verb lowers stance accuracy ({withCue} < {alone} right)");
            (pooledAlone, pooledWithCue, pooled) = (pooledAlone + alone, pooledWithCue + withCue, pooled + lines.Count);
        }
        var accuracy = pooledWithCue / (double)pooled;
        output.WriteLine($"pooled     n={pooled}  quote alone {pooledAlone / (double)pooled:F3}  with cue {accuracy:F3}");
        Assert.True(accuracy >= PooledFloor, $"pooled stance accuracy on the development gold quotes {accuracy:F3} < {PooledFloor}");
    }

    private static string Label(StatementScores s) => s.Stance.ToString().ToLowerInvariant();
}
