using Analysis.Scoring;

namespace Analysis.Tests.Scoring;

/// <summary>How the learned stance fallback (<see cref="StanceFallback"/>) enters a statement's scores, on invented sentences.</summary>
public sealed class StanceFallbackRuleTests
{
    private static readonly StatementScorer Shipped = new();

    /// <summary>A made-up model: "orchards", "blue kites" and the cue "murmured" are conciliatory, "pebbles" hawkish.</summary>
    private static StatementScorer With(params (string Name, double Neutral, double Conciliatory, double Hawkish)[] features) =>
        new(SentimentScorer.Default, StanceScorer.Default, new StanceFallback(features, confidence: 0.7));

    private static readonly StatementScorer Invented = With(
        ("w:orchards", -1.5, 3, -1.5), ("c:murmured", -1, 2, -1), ("w:pebbles", -1.5, -1.5, 3), ("b:blue kites", -1.5, 3, -1.5),
        ("w:the", 0.1, 0.1, -0.2));

    [Fact]
    public void A_neutral_verdict_is_overruled_when_the_model_is_confident_and_its_words_are_quoted_as_learned()
    {
        var s = Invented.Score("They will plant Orchards.", "murmured");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.True(s.StanceScore >= 0.7, $"{s.StanceScore}");
        Assert.Equal(StatementScorer.LabelOf(s.StanceScore), s.Stance);
        Assert.Equal(["Orchards (learned, +)", "murmured (reporting verb, learned, +)"], s.Evidence.Where(e => e.Contains("learned")));

        var hawkish = Invented.Score("They will gather pebbles.");
        Assert.Equal(Stance.Hawkish, hawkish.Stance);
        Assert.True(hawkish.StanceScore <= -0.7, $"{hawkish.StanceScore}");
        Assert.Contains("pebbles (learned, -)", hawkish.Evidence);
    }

    [Fact]
    public void A_word_pair_is_quoted_verbatim_across_the_punctuation_between()
    {
        var s = Invented.Score("Fly blue, kites.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("blue, kites (learned, +)", s.Evidence);
    }

    [Fact]
    public void An_unsure_model_leaves_the_verdict_neutral_and_adds_no_evidence()
    {
        var s = With(("w:orchards", -0.2, 0.4, -0.2)).Score("They will plant orchards.");
        Assert.Equal(Stance.Neutral, s.Stance);
        Assert.DoesNotContain(s.Evidence, e => e.Contains("learned"));
        Assert.Equal(StatementScorer.RulesOnly.Score("They will plant orchards."), s, ScoresComparer.Instance);
    }

    [Theory]
    [InlineData("We will never negotiate with terrorists.", "said")]
    [InlineData("We are ready to sit down and talk.", "said")]
    [InlineData("If they cross the line, we will respond with overwhelming force.", "warned")]
    [InlineData("I believe our American friends will take that step.", "welcomed")]
    public void A_verdict_the_rules_reached_is_never_touched(string quote, string cue)
    {
        var rules = StatementScorer.RulesOnly.Score(quote, cue);
        Assert.NotEqual(Stance.Neutral, rules.Stance);
        Assert.Equal(rules, Shipped.Score(quote, cue), ScoresComparer.Instance);
    }

    [Fact]
    public void The_shipped_model_reads_an_invented_statement_the_rules_find_neutral()
    {
        const string quote = "I believe our American friends will take that step.";
        Assert.Equal(Stance.Neutral, StatementScorer.RulesOnly.Score(quote, "said").Stance);
        var s = Shipped.Score(quote, "said");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        var learned = s.Evidence.Where(e => e.EndsWith("(learned, +)", StringComparison.Ordinal)).ToList();
        Assert.InRange(learned.Count, 1, StanceFallback.EvidenceCount);
        Assert.All(learned, e => Assert.Contains(e[..e.LastIndexOf(" (", StringComparison.Ordinal)], quote));
        // A plain remark stays neutral: the model speaks only when it is sure.
        Assert.Equal(Stance.Neutral, Shipped.Score("The weather was fine on Wednesday.", "said").Stance);
    }

    [Fact]
    public void The_table_reads_back_what_it_writes_and_names_a_malformed_line()
    {
        var model = new StanceFallback([("w:orchards", -1.5, 3, -1.5), ("b:blue kites", 0.25, -0.125, -0.125)], 0.6);
        var writer = new StringWriter();
        model.Write(writer, ["a test table"]);
        var read = StanceFallback.Read(writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')), "test.tsv");
        Assert.Equal(model.Confidence, read.Confidence);
        Assert.Equal(model.Features.OrderBy(f => f.Name, StringComparer.Ordinal), read.Features.OrderBy(f => f.Name, StringComparer.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => StanceFallback.Read(["# comment", "confidence\t0.5", "w:x\t1\t2"], "test.tsv"));
        Assert.Contains("test.tsv:3", error.Message);
        Assert.Throws<InvalidDataException>(() => StanceFallback.Read(["w:x\t1\t2\t3"], "test.tsv"));
    }

    /// <summary>Scores compared by value, evidence included (the record compares its list by reference).</summary>
    private sealed class ScoresComparer : IEqualityComparer<StatementScores>
    {
        public static ScoresComparer Instance { get; } = new();

        public bool Equals(StatementScores? x, StatementScores? y) =>
            x is not null && y is not null && x.Sentiment == y.Sentiment && x.StanceScore == y.StanceScore && x.Stance == y.Stance
            && x.Evidence.SequenceEqual(y.Evidence);

        public int GetHashCode(StatementScores obj) => obj.Stance.GetHashCode();
    }
}
