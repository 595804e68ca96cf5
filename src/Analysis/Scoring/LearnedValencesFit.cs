using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;
using Analysis.Scoring.StanceRules;

namespace Analysis.Scoring;

/// <summary>A sentence with a human rating (-4..+4), tokenised once (and its stance cues read once) for fitting.</summary>
internal sealed record RatedSentence(string Text, List<ScoringToken> Tokens, IReadOnlyList<StanceCue> Cues, double Rating)
{
    public static RatedSentence Read(string text, double rating)
    {
        var tokens = ScoringTokenizer.Tokenize(text);
        var (_, cues) = StanceScorer.Default.Score(tokens);
        return new RatedSentence(text, tokens, cues, rating);
    }
}

/// <summary>
/// The choices of a <see cref="LearnedValencesFit"/>: a word gets a shift only if at least
/// <see cref="MinDocuments"/> training sentences use it (rarer words would be lookups of single sentences); ridge
/// penalties pull the shifts of words no lexicon rates (<see cref="WordPenalty"/>) and of rated words
/// (<see cref="RatedWordPenalty"/>: weaker, since a rating made for social media may be far off for news) towards
/// zero; shifts smaller than <see cref="MinShift"/> (after rounding to 0.01) are dropped: VADER's own ratings
/// come in steps of 0.1, and a smaller shift would only make neutral words ("report", "floor") faintly toned.
/// The rated statements of the development golds (<see cref="LearnedValencesFit.Fit"/>'s <c>statements</c>) count
/// <see cref="StatementWeight"/> as much as a rated sentence in the shifts' least squares.
/// </summary>
internal sealed record LearnedValencesOptions(int MinDocuments, double WordPenalty, double RatedWordPenalty, int Iterations = 2, double MinShift = 0.05,
    double StatementWeight = 0)
{
    /// <summary>
    /// The shipped choices. Cross-validation on the NYT dev set puts most choices within 0.003 of each other
    /// (MinDocuments 3-8, penalties 0.5-6, MinShift 0.05-0.2); MinDocuments 5 is shipped, so that every learned
    /// word is common news vocabulary rather than a trace of two or three sentences. RatedWordPenalty was chosen
    /// among 1 and 0.5 (and MinShift among 0.1 and 0.05) by nested cross-validation
    /// (<see cref="LearnedValencesFit.NestedCrossValidatedR"/>, run by LearnedValencesTests when asked): on the former
    /// i mod 10 split, nested r 0.595, 0.5 in nine of ten outer folds, MinShift 0.1 in eight; on a shuffled split
    /// (seed 1), nested r 0.5905, 0.5 in seven folds, MinShift 0.1 in nine. Sharing a shift across a word's inflections ("cut", "cuts", "cutting", as
    /// a family shift plus a per-word one, both ridge-penalised) did not help: 0.5923-0.5932 against 0.5930 (mean over
    /// five shuffled splits); nor did letting intensifiers ("little", "less") learn a valence of their own (0.5931).
    /// Nor did bagging (the shifts averaged over ten fits on bootstrap resamples of the training folds, to cut their
    /// variance): 0.5940 ± 0.0015 against 0.5930 ± 0.0021, and development-gold sign agreement unchanged (642 of 864).
    /// StatementWeight: the development golds' rated statements, with the NYT sentences of the training folds, at weight
    /// 0.1, 0.15, 0.25, 0.35, 0.5 and 1 give NYT 10-fold r (mean over five shuffled splits) 0.5969, 0.5972, 0.5974, 0.5967,
    /// 0.5956 and 0.5881 against 0.5930, each of 0.1-0.35 higher on every one of the five splits (+0.001 to +0.006); a
    /// development gold left out of the fit reads with a sign that agrees on 654, 660, 666, 669, 666 and 668 of its 864
    /// signed statements against 642 (Spearman pooled 0.541, 0.543, 0.547, 0.551 at 0.1-0.35 against 0.531). Choosing the
    /// weight among 0, 0.1, 0.25 and 0.5 inside each outer fold (nested cross-validation) gives 0.5963 ± 0.0024, higher than
    /// 0.5930 on all five splits, 0 never chosen. 0.25 is shipped (the best NYT figure; the statements come from another
    /// domain and another rating scale, and a sentence rated by several readers is worth more). Much of the gain is
    /// vocabulary: a word used by three NYT sentences and two statements reaches MinDocuments; counting a statement at its
    /// weight there too gives 0.5951 ± 0.0018 and 660 of 864 signs.
    /// Shipped on 2026-11-21 (session 5) with the ten development golds of that day (1,597 statements): NYT r 0.5988 ± 0.0019
    /// (range 0.5973-0.6014; 0.5984 with whole articles held out) against 0.5930 without them. The learned stance fallback
    /// reads the tone's sign, so it was refitted with these valences (it chose penalty 1 and confidence 0.8; left out one
    /// corpus at a time it scores 0.661 against the rules' 0.666, as before). On the extracted statements of the development
    /// sets (in-sample now: their quotes are in the fit) sign agreement rose on all but the seeds (unchanged) and stance moved
    /// within ±0.02; on the sealed sets 4, 7, 8, 11 and 13, measured after the choice, sign agreement 0.713 → 0.740,
    /// Spearman 0.467 → 0.482, stance 0.581 → 0.577.
    /// Refitted in session 6 with Heldout15 as an eleventh development gold (1,771 statements): NYT r 0.5992 ± 0.0020
    /// (range 0.5973-0.6018). The stance fallback refitted on these valences chose penalty 3 and confidence 0.5; on the six
    /// sealed sets (4, 7, 8, 11, 13, 16), measured after the refit: stance 0.581 → 0.611, sign 0.743 → 0.748, Spearman
    /// 0.471 → 0.476.
    /// Learned two-word phrases (2026-11-21, tone7: a shift for each pair of adjacent plain words used by MinDocuments training
    /// sentences, added to the second word's rating, with its own ridge penalty) did not help: NYT r 0.5985 at penalty 10 and
    /// 0.5983 at 3 against 0.5988, development golds left out one at a time unchanged (sign 0.765, Spearman 0.533).
    /// </summary>
    public static LearnedValencesOptions Default { get; } = new(5, 3, 0.5, MinShift: 0.1, StatementWeight: 0.25);
}

/// <summary>
/// Fits a <see cref="SentimentCalibration"/> and then <see cref="LearnedValences"/> on rated sentences. The
/// calibration is fitted on the human-rated lexicons alone; the shifts then minimise
/// <c>Σ weight × (z - tone)² + penalty × Σ shift²</c>, where z is the rating mapped onto the tone's scale by the
/// least-squares line from tone to rating, and tone is the full rule scorer's. Besides the rated sentences (news
/// prose rated -4..4 by several readers: the calibration and the line are fitted on them alone), the shifts learn from
/// rated statements, quoted in news articles and rated -2..2 by the development golds' annotators (rescaled onto
/// -4..4 by the caller), at <see cref="LearnedValencesOptions.StatementWeight"/>: more uses of each news word, rated
/// in another domain, so that a shift has to hold for both. In cross-validation the statements are always training
/// data: only the sentences are held out. The scorer is not linear in the
/// shifts (tanh, negative weight), so the fit takes Gauss-Newton steps: linearise each sentence's tone in the
/// shifts of its words (<see cref="SentimentCalibration.Sensitivity"/> times the rule weight of each use), solve
/// the ridge normal equations (Cholesky, MathNet.Numerics), rescore, repeat.
/// </summary>
internal static class LearnedValencesFit
{
    public static (SentimentCalibration Calibration, LearnedValences Valences) Fit(IReadOnlyList<RatedSentence> sentences,
        IReadOnlyList<RatedSentence> statements, LearnedValencesOptions options)
    {
        var human = SentimentLexicon.HumanRated;
        var calibration = SentimentCalibration.Fit(
            sentences.Select(s => new SentimentScorer(human, SentimentCalibration.Default).Features(s.Text, s.Tokens, s.Cues)).ToList(),
            sentences.Select(s => s.Rating).ToList());
        var training = sentences.Select(s => (Sentence: s, Weight: 1.0))
            .Concat(options.StatementWeight > 0 ? statements.Select(s => (Sentence: s, Weight: options.StatementWeight)) : []).ToList();
        // A statement counts fully towards MinDocuments: counting it at its weight instead gave 0.5951 (see the options).
        var vocabulary = DocumentCounts(training.Select(t => t.Sentence)).Where(d => d.Value >= options.MinDocuments).Select(d => d.Key)
            .Order(StringComparer.Ordinal).Select((word, k) => (word, k)).ToDictionary(p => p.word, p => p.k, StringComparer.Ordinal);
        var rated = new LexiconSource?[vocabulary.Count];
        foreach (var (word, k) in vocabulary) rated[k] = human.Rate(word)?.Source;

        var baseScorer = new SentimentScorer(human, calibration);
        var line = MathNet.Numerics.Fit.Line(
            sentences.Select(s => baseScorer.Score(s.Text, s.Tokens, s.Cues)).ToArray(),
            sentences.Select(s => s.Rating / SentimentCalibration.RatingScale).ToArray());
        var shifts = new double[vocabulary.Count];
        for (var step = 0; step < options.Iterations; step++)
        {
            var scorer = new SentimentScorer(human.With(Valences(vocabulary, shifts, 0)), calibration);
            var a = Matrix<double>.Build.Dense(vocabulary.Count, vocabulary.Count);
            var b = Vector<double>.Build.Dense(vocabulary.Count);
            var row = new Dictionary<int, double>();
            var uses = new List<WordUse>();
            var contributions = new List<SentimentScorer.Contribution>();
            foreach (var (s, weight) in training)
            {
                uses.Clear();
                contributions.Clear();
                var f = scorer.Features(s.Text, s.Tokens, s.Cues, contributions, uses);
                var valences = contributions.ToDictionary(c => c.TokenIndex, c => c.Valence);
                row.Clear();
                foreach (var use in uses)
                {
                    if (!vocabulary.TryGetValue(use.Word, out var k)) continue;
                    var sensitivity = calibration.Sensitivity(f, Math.Sign(valences.GetValueOrDefault(use.TokenIndex)), rated[k] ?? LexiconSource.Vader);
                    row[k] = row.GetValueOrDefault(k) + sensitivity * use.Weight;
                }
                if (row.Count == 0) continue;
                // Gauss-Newton for the whole shift vector: regress (residual + J·shifts) on J.
                var target = (s.Rating / SentimentCalibration.RatingScale - line.A) / line.B - calibration.Apply(f);
                foreach (var (k, x) in row) target += x * shifts[k];
                foreach (var (i, xi) in row)
                {
                    b[i] += weight * xi * target;
                    foreach (var (j, xj) in row) a[i, j] += weight * xi * xj;
                }
            }
            for (var k = 0; k < vocabulary.Count; k++) a[k, k] += rated[k] is null ? options.WordPenalty : options.RatedWordPenalty;
            shifts = a.Cholesky().Solve(b).ToArray();
        }
        return (calibration, Valences(vocabulary, shifts, options.MinShift));
    }

    /// <summary>The shifts rounded to 0.01 (as the shipped table holds them), without those under <paramref name="minShift"/>.</summary>
    private static LearnedValences Valences(Dictionary<string, int> vocabulary, double[] shifts, double minShift) =>
        new(vocabulary.Select(v => KeyValuePair.Create(v.Key, Math.Round(shifts[v.Value], 2)))
            .Where(p => p.Value != 0 && Math.Abs(p.Value) >= minShift));

    /// <summary>How many sentences use each word a learned valence may apply to.</summary>
    public static Dictionary<string, int> DocumentCounts(IEnumerable<RatedSentence> sentences)
    {
        var scorer = new SentimentScorer(SentimentLexicon.HumanRated, SentimentCalibration.Default);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var uses = new List<WordUse>();
        foreach (var s in sentences)
        {
            uses.Clear();
            scorer.Features(s.Text, s.Tokens, s.Cues, uses: uses);
            foreach (var word in uses.Select(u => u.Word).Distinct()) counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }

    /// <summary>The tone the fitted calibration and shifts give <paramref name="s"/>.</summary>
    public static double Predict(SentimentCalibration calibration, LearnedValences valences, RatedSentence s) =>
        new SentimentScorer(SentimentLexicon.HumanRated.With(valences), calibration).Score(s.Text, s.Tokens, s.Cues);

    /// <summary>
    /// Each sentence's tone from a fit without it: each fold of <paramref name="folds"/> is scored by a calibration and
    /// shifts fitted on the other folds (vocabulary included) and all the <paramref name="statements"/>.
    /// </summary>
    public static double[] CrossValidatedPredictions(IReadOnlyList<RatedSentence> sentences, IReadOnlyList<RatedSentence> statements,
        LearnedValencesOptions options, CrossValidationFolds folds)
    {
        var predictions = new double[sentences.Count];
        for (var k = 0; k < folds.Folds; k++)
        {
            var (calibration, valences) = Fit(folds.Outside(sentences, k), statements, options);
            var scorer = new SentimentScorer(SentimentLexicon.HumanRated.With(valences), calibration);
            foreach (var i in folds.Inside(k)) predictions[i] = scorer.Score(sentences[i].Text, sentences[i].Tokens, sentences[i].Cues);
        }
        return predictions;
    }

    public static double CrossValidatedR(IReadOnlyList<RatedSentence> sentences, IReadOnlyList<RatedSentence> statements,
        LearnedValencesOptions options, CrossValidationFolds folds) =>
        Correlation.Pearson(sentences.Select(s => s.Rating), CrossValidatedPredictions(sentences, statements, options, folds));

    /// <summary>
    /// The cross-validated r over <paramref name="repeats"/> shuffled splits into <paramref name="folds"/> folds
    /// (seeds 1, 2, ...): their mean is the figure to compare, their spread the noise of one split.
    /// </summary>
    public static double[] RepeatedCrossValidatedR(IReadOnlyList<RatedSentence> sentences, IReadOnlyList<RatedSentence> statements,
        LearnedValencesOptions options, int repeats = 5, int folds = 10) =>
        CrossValidationFolds.Repeats(sentences.Count, folds, repeats).Select(split => CrossValidatedR(sentences, statements, options, split)).ToArray();

    /// <summary>
    /// Nested cross-validation of choosing the options among <paramref name="candidates"/>: in each outer fold the
    /// options are chosen by an inner cross-validation on the other folds only, fitted there, and applied to the
    /// held-out fold — the honest figure for the whole procedure, selection included.
    /// </summary>
    public static (double R, LearnedValencesOptions[] Chosen) NestedCrossValidatedR(
        IReadOnlyList<RatedSentence> sentences, IReadOnlyList<RatedSentence> statements, IReadOnlyList<LearnedValencesOptions> candidates,
        CrossValidationFolds outer, int innerFolds = 5)
    {
        var predictions = new double[sentences.Count];
        var chosen = new LearnedValencesOptions[outer.Folds];
        for (var k = 0; k < outer.Folds; k++)
        {
            var train = outer.Outside(sentences, k);
            var inner = new CrossValidationFolds(train.Count, innerFolds, outer.Seed);
            chosen[k] = candidates.MaxBy(o => CrossValidatedR(train, statements, o, inner))!;
            var (calibration, valences) = Fit(train, statements, chosen[k]);
            foreach (var i in outer.Inside(k)) predictions[i] = Predict(calibration, valences, sentences[i]);
        }
        return (Correlation.Pearson(sentences.Select(s => s.Rating), predictions), chosen);
    }
}
