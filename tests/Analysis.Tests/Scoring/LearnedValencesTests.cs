using Analysis.Scoring;
using MathNet.Numerics.Statistics;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>
/// The learned valences (Scoring/Data/learned_valences.tsv) and the whole sentiment scorer against the human
/// ratings of NYT editorial sentences (<see cref="NytDev"/>) and the rated statements of the development golds
/// (<see cref="DevGoldStatements"/>), which the valences are fitted on as well. To regenerate the shipped table after a change to
/// the rules, lexicons or dev set:
/// <c>UPDATE_LEARNED_VALENCES=1 dotnet test tests/Analysis.Tests --filter "FullyQualifiedName~LearnedValencesTests"</c>.
/// </summary>
public sealed class LearnedValencesTests(ITestOutputHelper output)
{
    /// <summary>
    /// The issue's bar for Pearson r against the human ratings, on sentences not used for fitting: NOT yet reached
    /// (0.5992 cross-validated at the end of session 6, with Heldout15 among the development golds, the mean over five
    /// shuffled splits, SD 0.0020, range 0.5973-0.6018; 0.5989 before it, after tone7's rules; 0.5988 before them, since
    /// the valences learn from the development golds' statements as well; 0.5930 before that, from NYT alone; 0.672
    /// in-sample). Splitting by article instead of by sentence (no editorial in both training and held-out folds) gives
    /// the same figure: 0.5995; nested (options chosen inside each fold), 0.5965.
    /// </summary>
    private const double IssueBar = 0.60;

    /// <summary>
    /// Just under the lowest of the cross-validated figures measured at the end of session 6 (nested 0.5965; see
    /// <see cref="IssueBar"/>), so a change can only keep or raise them.
    /// </summary>
    private const double MeasuredFloor = 0.596;

    /// <summary>Shuffled 10-fold splits the cross-validated figure is averaged over.</summary>
    private const int Repeats = 5;

    /// <summary>The development golds' statements, when the shipped options fit on them (<see cref="LearnedValencesOptions.StatementWeight"/>).</summary>
    private static IReadOnlyList<RatedSentence> Statements => LearnedValencesOptions.Default.StatementWeight > 0 ? DevGoldStatements.All : [];

    private static string ShippedTable => Path.Combine(RepositoryPaths.Root, "src", "Analysis", "Scoring", "Data", "learned_valences.tsv");

    private static readonly Lazy<(SentimentCalibration Calibration, LearnedValences Valences)> Refit =
        new(() => LearnedValencesFit.Fit(NytDev.Sentences, Statements, LearnedValencesOptions.Default));

    [Fact]
    public void The_shipped_valences_are_the_ones_fitted_on_the_dev_set()
    {
        var (calibration, refit) = Refit.Value;
        Assert.Equal(SentimentCalibration.Default with { NegatorPenalty = calibration.NegatorPenalty }, calibration);
        if (Environment.GetEnvironmentVariable("UPDATE_LEARNED_VALENCES") == "1") Write(refit);
        var shipped = LearnedValences.Default.Shifts;
        var words = shipped.Keys.Union(refit.Shifts.Keys).ToList();
        var worst = words.MaxBy(w => Math.Abs(shipped.GetValueOrDefault(w) - refit.Shifts.GetValueOrDefault(w)))!;
        var gap = Math.Abs(shipped.GetValueOrDefault(worst) - refit.Shifts.GetValueOrDefault(worst));
        output.WriteLine($"{shipped.Count} shipped, {refit.Shifts.Count} refitted; largest difference {gap:F2} ({worst})");
        // A little slack: a change in the stance phrases moves the stance tone the fit reads, and a shift by a hair.
        Assert.True(gap <= 0.05,
            $"the shipped learned valences differ from a refit ({worst}: {shipped.GetValueOrDefault(worst):F2} vs {refit.Shifts.GetValueOrDefault(worst):F2}); " +
            "regenerate with UPDATE_LEARNED_VALENCES=1 dotnet test tests/Analysis.Tests --filter \"FullyQualifiedName~LearnedValencesTests\"");
    }

    /// <summary>
    /// The honest figure for unseen sentences: in each of 10 folds the calibration and the learned valences are
    /// fitted on the other nine folds (vocabulary included) and the held-out fold is scored by the full rule scorer.
    /// The figure depends on the split, so it is the mean over <see cref="Repeats"/> shuffled splits, printed with
    /// their spread: a change smaller than the spread is noise.
    /// </summary>
    [Fact]
    public void Cross_validated_Pearson_r_of_the_scorer_holds_its_measured_floor()
    {
        var sentences = NytDev.Sentences;
        var ratings = sentences.Select(s => s.Rating).ToArray();
        var rs = new List<double>();
        foreach (var split in CrossValidationFolds.Repeats(sentences.Count, 10, Repeats))
        {
            var predictions = LearnedValencesFit.CrossValidatedPredictions(sentences, Statements, LearnedValencesOptions.Default, split);
            rs.Add(Correlation.Pearson(ratings, predictions));
            var signed = Enumerable.Range(0, ratings.Length).Where(i => Math.Abs(ratings[i]) >= 0.5).ToList();
            var agreement = signed.Count(i => Math.Sign(ratings[i]) == Math.Sign(predictions[i])) / (double)signed.Count;
            output.WriteLine($"split {split.Seed}: 10-fold cross-validated Pearson r = {rs[^1]:F4}; sign agreement (|rating| >= 0.5) = {agreement:F3} over {signed.Count}");
        }
        var r = rs.Average();
        output.WriteLine($"10-fold cross-validated Pearson r over {Repeats} splits: mean {r:F4}, SD {rs.StandardDeviation():F4}, range {rs.Min():F4}-{rs.Max():F4}");
        Assert.True(r >= MeasuredFloor, $"cross-validated Pearson r = {r:F4} < {MeasuredFloor} (the issue's bar is {IssueBar})");
    }

    /// <summary>
    /// The same with whole editorials held out (about five sentences each): no learned shift comes from a held-out
    /// sentence's neighbours in its own article. One split; it reads like the sentence splits (0.5940 over three seeds).
    /// </summary>
    [Fact]
    public void Cross_validated_by_article_Pearson_r_holds_the_same_floor()
    {
        var sentences = NytDev.Sentences;
        var split = new CrossValidationFolds(NytDev.Articles, 10, seed: 1);
        var r = LearnedValencesFit.CrossValidatedR(sentences, Statements, LearnedValencesOptions.Default, split);
        output.WriteLine($"10-fold cross-validated Pearson r, folds of whole articles ({NytDev.Articles.Distinct().Count()}): {r:F4}");
        Assert.True(r >= MeasuredFloor, $"cross-validated Pearson r by article = {r:F4} < {MeasuredFloor}");
    }

    /// <summary>
    /// How the shipped <see cref="LearnedValencesOptions.Default"/> penalty and MinShift were chosen: nested
    /// cross-validation, the choice made inside each outer fold. It fits about 100 models, so it runs only when asked:
    /// <c>RUN_NESTED_CV=1 dotnet test tests/Analysis.Tests --filter "FullyQualifiedName~Nested_cross_validation"</c>.
    /// </summary>
    [Fact]
    public void Nested_cross_validation_of_the_option_choice_when_asked()
    {
        if (Environment.GetEnvironmentVariable("RUN_NESTED_CV") != "1") return;
        var shipped = LearnedValencesOptions.Default;
        LearnedValencesOptions[] candidates =
        [
            shipped, shipped with { RatedWordPenalty = 1 }, shipped with { MinShift = 0.05 },
            shipped with { RatedWordPenalty = 1, MinShift = 0.05 },
        ];
        var (r, chosen) = LearnedValencesFit.NestedCrossValidatedR(NytDev.Sentences, Statements, candidates, new CrossValidationFolds(NytDev.Sentences.Count, 10, seed: 1));
        foreach (var c in chosen) output.WriteLine($"chosen: rated-word penalty {c.RatedWordPenalty}, MinShift {c.MinShift}");
        output.WriteLine($"nested 10-fold cross-validated Pearson r = {r:F4}");
        Assert.True(r >= MeasuredFloor, $"nested cross-validated Pearson r = {r:F4} < {MeasuredFloor}");
    }

    /// <summary>
    /// Whether the rated statements of the development golds help the learned valences beyond NYT
    /// (<see cref="LearnedValencesOptions.Default"/>): each gold is scored by valences fitted on the
    /// NYT sentences and the other golds (sign by score.py's rule, over the statements with a non-zero gold
    /// sentiment; Spearman over all), pooled, against valences fitted on the NYT sentences alone. Measured on 2026-11-21 with eight golds:
    /// sign 666 of 864 (0.771) and Spearman 0.547 against 642 (0.743) and 0.531. It fits nine times, so it runs only when
    /// asked: <c>RUN_STATEMENT_WEIGHT=1 dotnet test tests/Analysis.Tests --filter "FullyQualifiedName~A_development_gold_left_out"</c>.
    /// </summary>
    [Fact]
    public void A_development_gold_left_out_of_the_fit_reads_better_with_the_other_golds_statements_when_asked()
    {
        if (Environment.GetEnvironmentVariable("RUN_STATEMENT_WEIGHT") != "1") return;
        var (nytCalibration, nytValences) = LearnedValencesFit.Fit(NytDev.Sentences, [], LearnedValencesOptions.Default);
        var nytOnly = new SentimentScorer(SentimentLexicon.HumanRated.With(nytValences), nytCalibration);
        List<double> gold = [], withStatements = [], withoutStatements = [];
        foreach (var corpus in StanceDevCorpora.Names)
        {
            var (calibration, valences) = LearnedValencesFit.Fit(NytDev.Sentences, DevGoldStatements.AllBut(corpus), LearnedValencesOptions.Default);
            var scorer = new SentimentScorer(SentimentLexicon.HumanRated.With(valences), calibration);
            var statements = DevGoldStatements.Of(corpus);
            var ratings = statements.Select(s => s.Rating).ToList();
            var tones = statements.Select(s => scorer.Score(s.Text, s.Tokens, s.Cues)).ToList();
            var before = statements.Select(s => nytOnly.Score(s.Text, s.Tokens, s.Cues)).ToList();
            output.WriteLine($"{corpus}: sign agreement {SignAgreement(ratings, before):F3} -> {SignAgreement(ratings, tones):F3}, " +
                $"Spearman {Correlation.Spearman(ratings, before):F3} -> {Correlation.Spearman(ratings, tones):F3}");
            gold.AddRange(ratings);
            withStatements.AddRange(tones);
            withoutStatements.AddRange(before);
        }
        var (sign, signBefore) = (SignAgreement(gold, withStatements), SignAgreement(gold, withoutStatements));
        var (spearman, spearmanBefore) = (Correlation.Spearman(gold, withStatements), Correlation.Spearman(gold, withoutStatements));
        output.WriteLine($"pooled over {gold.Count} statements: sign agreement {signBefore:F3} -> {sign:F3}, Spearman {spearmanBefore:F3} -> {spearman:F3}");
        Assert.True(sign > signBefore && spearman > spearmanBefore, "the other golds' statements no longer help a left-out gold");
    }

    /// <summary>score.py's sign rule: a tone within the neutral band reads as no sign; over statements with a non-zero rating.</summary>
    private static double SignAgreement(IReadOnlyList<double> ratings, IReadOnlyList<double> tones)
    {
        var signed = Enumerable.Range(0, ratings.Count).Where(i => ratings[i] != 0).ToList();
        return signed.Count(i => Math.Sign(ratings[i]) == (Math.Abs(tones[i]) <= SentimentCalibration.NeutralBand ? 0 : Math.Sign(tones[i]))) / (double)signed.Count;
    }

    [Fact]
    public void In_sample_Pearson_r_of_the_shipped_scorer()
    {
        var scorer = new StatementScorer();
        var sentences = NytDev.Sentences;
        var r = Correlation.Pearson(sentences.Select(s => s.Rating), sentences.Select(s => scorer.Score(s.Text).Sentiment));
        output.WriteLine($"in-sample Pearson r = {r:F4} over {sentences.Count} sentences (fitted on them: not a figure for unseen text)");
        Assert.True(r >= MeasuredFloor, $"in-sample Pearson r = {r:F4} < {MeasuredFloor}");
    }

    [Fact]
    public void Learned_words_are_common_vocabulary_not_names_numbers_or_function_words()
    {
        var documents = LearnedValencesFit.DocumentCounts(NytDev.Sentences.Concat(Statements));
        foreach (var (word, shift) in LearnedValences.Default.Shifts)
        {
            Assert.True(documents.GetValueOrDefault(word) >= LearnedValencesOptions.Default.MinDocuments, $"{word} is used by {documents.GetValueOrDefault(word)} training sentences");
            Assert.False(SentimentWords.FunctionWords.Contains(word), $"{word} is a function word");
            Assert.True(word == word.ToLowerInvariant() && !char.IsDigit(word[0]), word);
            Assert.InRange(Math.Abs(shift), LearnedValencesOptions.Default.MinShift, SentimentCalibration.RatingScale);
        }
    }

    [Fact]
    public void A_learned_valence_turns_under_negation_like_a_rated_word()
    {
        var (word, shift) = LearnedValences.Default.Shifts.Where(s => SentimentLexicon.HumanRated.Rate(s.Key) is null).MaxBy(s => Math.Abs(s.Value));
        var scorer = new StatementScorer();
        var plain = scorer.Score($"The plan is {word}.").Sentiment;
        var negated = scorer.Score($"The plan is not {word}.").Sentiment;
        Assert.Equal(Math.Sign(shift), Math.Sign(plain));
        Assert.True(shift > 0 ? negated < plain : negated > plain);
        Assert.Contains(scorer.Score($"The plan is {word}.").Evidence, e => e.StartsWith(word + " (tone ", StringComparison.Ordinal));
    }

    private void Write(LearnedValences refit)
    {
        var sentences = NytDev.Sentences;
        var options = LearnedValencesOptions.Default;
        var cv = LearnedValencesFit.RepeatedCrossValidatedR(sentences, Statements, options, Repeats).Average();
        string[] header =
        [
            "Learned valence shifts: how news prose uses common words beyond what the human-rated lexicons say.",
            "",
            "Produced by LearnedValencesFit.Fit (src/Analysis/Scoring/LearnedValencesFit.cs) from the",
            $"{sentences.Count} human-rated NYT editorial sentences of ../shared/data/nyt-sentiment/dev.tsv",
            options.StatementWeight > 0
                ? $"(Hutto & Gilbert 2014 ground truth, dev half) and the {Statements.Count} rated statements of the eight development golds,"
                : "(Hutto & Gilbert 2014 ground truth, dev half),",
            $"options {options}.",
            "Regenerate: UPDATE_LEARNED_VALENCES=1 dotnet test tests/Analysis.Tests --filter \"FullyQualifiedName~LearnedValencesTests\"",
            $"10-fold cross-validated Pearson r of the scorer with valences fitted this way: {cv:F4} (mean over {Repeats} shuffled splits).",
            "A shift is added to the word's rating (VADER's -4..+4 scale; the rating itself if no lexicon rates the word),",
            "then the rules apply. Only words used by at least MinDocuments training sentences; never names, numbers or",
            "function words. Never used to look up a sentence's answer: a sentence is scored by its words and the rules.",
        ];
        using (var writer = new StreamWriter(ShippedTable)) refit.Write(writer, header, LearnedValencesFit.DocumentCounts(sentences.Concat(Statements)));
        output.WriteLine($"wrote {ShippedTable} (cross-validated r {cv:F4}); rebuild to embed it");
    }
}
