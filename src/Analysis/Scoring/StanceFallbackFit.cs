namespace Analysis.Scoring;

/// <summary>A gold statement read for fitting the stance fallback: its corpus, gold stance, the rules' verdict and its feature names.</summary>
internal sealed record StanceExample(string Corpus, Stance Gold, Stance Rules, string[] Features)
{
    /// <summary>Reads a gold quote and cue with the rules alone.</summary>
    public static StanceExample Read(string corpus, string quote, string? cue, Stance gold)
    {
        var reading = StatementScorer.RulesOnly.ReadRules(quote, cue);
        return new StanceExample(corpus, gold, reading.Stance,
            StanceFallbackFeatures.Names(reading.Tokens, StatementScorer.CueTokens(cue), reading.Cues, reading.Stance, reading.Tone));
    }
}

/// <summary>
/// Fits a <see cref="StanceFallback"/>: a multinomial logistic regression with an L2 penalty, by full-batch gradient
/// descent with AdaGrad steps for a fixed number of passes (deterministic: same examples, same weights). The weights
/// of a feature read in fewer than <see cref="MinStatements"/> training statements stay 0; the others are centred (a
/// constant added to a feature's three weights changes no probability), rounded to 0.001, and features
/// whose weights are all under <see cref="MinWeight"/> are dropped, so the shipped table stays small; the evaluation
/// measures the model so pruned. The penalty and the confidence are chosen by leave-one-corpus-out
/// (<see cref="Choose"/>): the development golds are few and each corpus has its own style, so a corpus left out is
/// the honest stand-in for an unseen one.
/// </summary>
internal static class StanceFallbackFit
{
    public static IReadOnlyList<double> Penalties { get; } = [0.3, 1, 3];

    /// <summary>
    /// The confidences tried. 1 turns the fallback off (no probability reaches it): leaving one corpus out may find the
    /// rules alone do best, and then the choice says so.
    /// </summary>
    public static IReadOnlyList<double> Confidences { get; } = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

    public const int Passes = 150;

    private const double Rate = 0.5;

    /// <summary>A feature whose three weights are all smaller than this is dropped.</summary>
    public const double MinWeight = 0.05;

    /// <summary>A feature read in fewer training statements than this gets no weight: it would only recall those statements.</summary>
    public const int MinStatements = 3;

    private const int Classes = StanceFallback.Classes;

    public static StanceFallback Fit(IReadOnlyList<StanceExample> train, double penalty, double confidence)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var features = new int[train.Count][];
        for (var e = 0; e < train.Count; e++)
        {
            features[e] = new int[train[e].Features.Length];
            for (var f = 0; f < features[e].Length; f++)
            {
                var name = train[e].Features[f];
                if (!vocabulary.TryGetValue(name, out var id)) vocabulary[name] = id = vocabulary.Count;
                features[e][f] = id;
            }
        }
        var statements = new int[vocabulary.Count];
        foreach (var example in features) foreach (var f in example) statements[f]++;
        for (var e = 0; e < features.Length; e++) features[e] = features[e].Where(f => statements[f] >= MinStatements).ToArray();
        var w = new double[vocabulary.Count * Classes];
        var squares = new double[w.Length];
        var gradient = new double[w.Length];
        Span<double> p = stackalloc double[Classes];
        for (var pass = 0; pass < Passes; pass++)
        {
            Array.Clear(gradient);
            for (var e = 0; e < train.Count; e++)
            {
                Probabilities(w, features[e], p);
                for (var k = 0; k < Classes; k++)
                {
                    var d = p[k] - ((int)train[e].Gold == k ? 1 : 0);
                    foreach (var f in features[e]) gradient[f * Classes + k] += d;
                }
            }
            for (var i = 0; i < w.Length; i++)
            {
                var g = (gradient[i] + penalty * w[i]) / train.Count;
                if (g == 0) continue;
                squares[i] += g * g;
                w[i] -= Rate * g / Math.Sqrt(squares[i]);
            }
        }

        var kept = new List<(string, double, double, double)>();
        foreach (var (name, id) in vocabulary)
        {
            var mean = (w[id * Classes] + w[id * Classes + 1] + w[id * Classes + 2]) / Classes;
            var n = Math.Round(w[id * Classes] - mean, 3);
            var c = Math.Round(w[id * Classes + 1] - mean, 3);
            var h = Math.Round(w[id * Classes + 2] - mean, 3);
            if (Math.Max(Math.Abs(n), Math.Max(Math.Abs(c), Math.Abs(h))) >= MinWeight) kept.Add((name, n, c, h));
        }
        return new StanceFallback(kept, confidence);
    }

    private static void Probabilities(double[] w, int[] features, Span<double> z)
    {
        z.Clear();
        foreach (var f in features)
            for (var k = 0; k < Classes; k++) z[k] += w[f * Classes + k];
        StanceFallback.Softmax(z);
    }

    /// <summary>The verdict of the rules with <paramref name="model"/> as their fallback, at <paramref name="confidence"/>.</summary>
    public static Stance Verdict(StanceFallback model, StanceExample example, double confidence)
    {
        if (example.Rules != Stance.Neutral) return example.Rules;
        var p = model.Probabilities(example.Features);
        var label = StanceFallback.Leaning(p);
        return p[(int)label] >= confidence ? label : Stance.Neutral;
    }

    /// <summary>
    /// The penalty and confidence that get most statements right over <paramref name="corpora"/> left out in turn, each
    /// scored by a model fitted on the other <paramref name="examples"/> (<paramref name="fitWithout"/>: the corpus left
    /// out and the penalty; the caller may cache, as nested evaluation fits the same sets again). Ties go to the
    /// earlier candidate (smaller penalty, then lower confidence).
    /// </summary>
    public static (double Penalty, double Confidence) Choose(IReadOnlyList<StanceExample> examples, IReadOnlyList<string> corpora,
        Func<string, double, StanceFallback> fitWithout)
    {
        var right = new int[Penalties.Count, Confidences.Count];
        foreach (var held in corpora)
        {
            var test = examples.Where(e => e.Corpus == held).ToList();
            for (var m = 0; m < Penalties.Count; m++)
            {
                var model = fitWithout(held, Penalties[m]);
                for (var c = 0; c < Confidences.Count; c++)
                    right[m, c] += test.Count(e => Verdict(model, e, Confidences[c]) == e.Gold);
            }
        }
        var best = (m: 0, c: 0);
        for (var m = 0; m < Penalties.Count; m++)
            for (var c = 0; c < Confidences.Count; c++)
                if (right[m, c] > right[best.m, best.c]) best = (m, c);
        return (Penalties[best.m], Confidences[best.c]);
    }
}
