using Analysis.Scoring;
using Analysis.Scoring.StanceRules;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>
/// Why stance is rules only: a learned fallback, measured leave-one-corpus-out over the eight development golds
/// (<see cref="StanceDevCorpora"/>). A multinomial logistic regression (L2) on the quote's words and bigrams, the cue's
/// words and the rules' cues, verdict and tone sign is fitted on seven corpora and overrules a neutral rule verdict on
/// the eighth when it is confident enough; its penalty and that confidence are chosen inside the seven (inner
/// leave-one-corpus-out), never on the eighth. Measured on 2026-11-21: pooled 0.648 against the rules' 0.643, better in
/// four folds (Heldout5, 6, 9, 10: the sets no stance round read) and worse in four (the seeds, Heldout, 2, 3: the sets the
/// rules were written on). That is short of the bar for shipping it (better pooled and in most folds); the test holds
/// the README to it, and fails when a change makes the fallback win most folds, so that it is then shipped.
/// </summary>
public sealed class StanceFallbackTests(ITestOutputHelper output)
{
    private static readonly string[] Labels = ["neutral", "conciliatory", "hawkish"];

    private sealed record Example(string Corpus, int Gold, string RulePrediction, int[] Features);

    [Fact]
    public void A_learned_fallback_does_not_beat_the_rules_in_most_folds_left_out()
    {
        var scorer = new StatementScorer();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var raw = StanceDevCorpora.Names.SelectMany(StanceDevCorpora.Of).Select(line =>
        {
            var s = scorer.Score(line.Quote, line.Cue);
            return (line, s, words: FeaturesOf(line.Quote, line.Cue, s));
        }).ToList();
        var examples = raw.Select(r => new Example(r.line.Corpus, Array.IndexOf(Labels, r.line.Stance), r.s.Stance.ToString().ToLowerInvariant(),
            r.words.Select(w => vocabulary.TryGetValue(w, out var i) ? i : vocabulary[w] = vocabulary.Count).Distinct().ToArray())).ToList();

        double[] penalties = [0.3, 1, 3];
        double[] confidences = [0.4, 0.5, 0.6, 0.7, 0.8];
        int rulesRight = 0, fallbackRight = 0, replaceRight = 0, total = 0, foldsWon = 0, foldsLost = 0;
        foreach (var test in StanceDevCorpora.Names)
        {
            var train = examples.Where(e => e.Corpus != test).ToList();
            var testSet = examples.Where(e => e.Corpus == test).ToList();
            // Inner choice of penalty and confidence on the seven training corpora.
            var best = (Penalty: 1.0, Confidence: 0.5, Right: -1);
            var inner = new Dictionary<(double, double), int>();
            foreach (var held in StanceDevCorpora.Names.Where(n => n != test))
            {
                var innerTrain = train.Where(e => e.Corpus != held).ToList();
                var innerTest = train.Where(e => e.Corpus == held).ToList();
                var models = penalties.AsParallel().AsOrdered().Select(penalty => Fit(innerTrain, vocabulary.Count, penalty)).ToList();
                for (var m = 0; m < penalties.Length; m++)
                    foreach (var confidence in confidences)
                        inner[(penalties[m], confidence)] = inner.GetValueOrDefault((penalties[m], confidence)) + innerTest.Count(e => Fallback(models[m], e, confidence) == e.Gold);
            }
            foreach (var ((penalty, confidence), right) in inner)
                if (right > best.Right) best = (penalty, confidence, right);

            var final = Fit(train, vocabulary.Count, best.Penalty);
            var rules = testSet.Count(e => e.RulePrediction == Labels[e.Gold]);
            var fallback = testSet.Count(e => Fallback(final, e, best.Confidence) == e.Gold);
            var replace = testSet.Count(e => ArgMax(Predict(final, e)) == e.Gold);
            output.WriteLine($"{test,-10} n={testSet.Count,3} rules {rules / (double)testSet.Count:F3}  fallback {fallback / (double)testSet.Count:F3}  model alone {replace / (double)testSet.Count:F3}  (penalty {best.Penalty}, confidence {best.Confidence})");
            rulesRight += rules; fallbackRight += fallback; replaceRight += replace; total += testSet.Count;
            if (fallback > rules) foldsWon++;
            if (fallback < rules) foldsLost++;
        }
        output.WriteLine($"pooled     n={total} rules {rulesRight / (double)total:F3}  fallback {fallbackRight / (double)total:F3}  model alone {replaceRight / (double)total:F3}; fallback won {foldsWon} folds, lost {foldsLost}");
        Assert.True(total >= 1000, $"only {total} gold statements");
        Assert.False(fallbackRight > rulesRight && foldsWon > StanceDevCorpora.Names.Count / 2,
            "the learned fallback now beats the rules pooled and in most folds left out: ship it (a fitted data file, as learned_valences.tsv) and update the README");
    }

    private static int Fallback(double[][] model, Example e, double confidence)
    {
        var rule = Array.IndexOf(Labels, e.RulePrediction);
        if (rule != 0) return rule;
        var p = Predict(model, e);
        var c = p[1] >= p[2] ? 1 : 2;
        return p[c] >= confidence ? c : 0;
    }

    private static IEnumerable<string> FeaturesOf(string quote, string cue, StatementScores s)
    {
        var tokens = ScoringTokenizer.Tokenize(quote).Where(t => t.IsWord).Select(t => t.Lower).ToList();
        yield return "bias";
        foreach (var t in tokens) yield return "w:" + t;
        for (var i = 0; i + 1 < tokens.Count; i++) yield return "b:" + tokens[i] + " " + tokens[i + 1];
        var cueWords = ScoringTokenizer.Tokenize(cue).Where(t => t.IsWord).Select(t => t.Lower).ToList();
        foreach (var c in cueWords) yield return "c:" + c;
        var (_, cues) = StanceScorer.Default.Sum(ScoringTokenizer.Tokenize(quote));
        foreach (var c in cues)
        {
            yield return $"k:{c.Kind}:{Math.Sign(c.Weight)}";
            if (c.Note is not null) yield return $"n:{c.Note}:{Math.Sign(c.Weight)}";
        }
        yield return "r:" + s.Stance;
        yield return "t:" + Math.Sign(Math.Round(s.Sentiment * 10));
    }

    private static double[] Predict(double[][] w, Example e)
    {
        var z = new double[Labels.Length];
        for (var k = 0; k < z.Length; k++)
            foreach (var f in e.Features) z[k] += w[k][f];
        var max = z.Max();
        var sum = 0.0;
        for (var k = 0; k < z.Length; k++) sum += z[k] = Math.Exp(z[k] - max);
        for (var k = 0; k < z.Length; k++) z[k] /= sum;
        return z;
    }

    private static int ArgMax(double[] p) => Array.IndexOf(p, p.Max());

    /// <summary>Full-batch gradient descent with AdaGrad steps, a fixed number of passes: deterministic.</summary>
    private static double[][] Fit(List<Example> train, int features, double penalty)
    {
        var w = Enumerable.Range(0, Labels.Length).Select(_ => new double[features]).ToArray();
        var g2 = Enumerable.Range(0, Labels.Length).Select(_ => new double[features]).ToArray();
        var grad = Enumerable.Range(0, Labels.Length).Select(_ => new double[features]).ToArray();
        const double rate = 0.5;
        for (var pass = 0; pass < 150; pass++)
        {
            foreach (var g in grad) Array.Clear(g);
            foreach (var e in train)
            {
                var p = Predict(w, e);
                for (var k = 0; k < Labels.Length; k++)
                {
                    var d = p[k] - (e.Gold == k ? 1 : 0);
                    foreach (var f in e.Features) grad[k][f] += d;
                }
            }
            for (var k = 0; k < Labels.Length; k++)
                for (var f = 0; f < features; f++)
                {
                    var g = grad[k][f] / train.Count + penalty / train.Count * w[k][f];
                    if (g == 0) continue;
                    g2[k][f] += g * g;
                    w[k][f] -= rate * g / Math.Sqrt(g2[k][f]);
                }
        }
        return w;
    }
}
