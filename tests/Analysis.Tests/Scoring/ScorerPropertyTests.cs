using Analysis.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Scoring;

/// <summary>Properties that hold for any string, including odd ones (controls, surrogates, quotes, huge).</summary>
public sealed class ScorerPropertyTests
{
    private static readonly StatementScorer Scorer = new();

    // Mix arbitrary strings with ones built from stance and tone vocabulary, so that the rules are exercised.
    private static readonly string[] Vocabulary =
    [
        "not", "no", "talks", "negotiate", "calm", "things", "down", "massive", "military", "response", "will", "if",
        "but", ",", ".", "!", "wasting", "time", "destroy", "very", "good", "BAD", "’", "\"", "war", "prevent", "strike",
        "sit", "and", "talk", "de-escalate", "\u0000", "\uD83D\uDE00", "\uD83D", "sanctions", "accused", "called", "on",
        "welcomed", "dismissed", "as",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
                Gen.Elements(Vocabulary).ListOf().Select(words => string.Join(" ", words)))
            .ToArbitrary();

    private static bool Holds(string text) => Holds(text, cue: null);

    /// <summary>Each evidence item quotes the text, or the cue when it names the reporting verb.</summary>
    private static bool Holds(string text, string? cue)
    {
        var s = cue is null ? Scorer.Score(text) : Scorer.Score(text, cue);
        var evidenceInText = s.Evidence.All(e =>
        {
            var cut = e.LastIndexOf(" (", StringComparison.Ordinal);
            if (cut <= 0) return false;
            var fromCue = cue is not null && e.Contains("(reporting verb, ", StringComparison.Ordinal);
            return (fromCue ? cue! : text).Contains(e[..cut], StringComparison.Ordinal);
        });
        return s.Sentiment is >= -1 and <= 1
            && s.StanceScore is >= -1 and <= 1
            && !double.IsNaN(s.Sentiment) && !double.IsNaN(s.StanceScore)
            && s.Stance == StatementScorer.LabelOf(s.StanceScore)
            && evidenceInText;
    }

    [Fact]
    public void Never_throws_scores_stay_in_range_labels_match_scores_and_evidence_quotes_the_text() =>
        Prop.ForAll(Texts(), Holds).QuickCheckThrowOnFailure();

    [Fact]
    public void With_any_cue_never_throws_scores_stay_in_range_and_evidence_quotes_the_text_or_the_cue() =>
        Prop.ForAll(Texts(), Texts(), (text, cue) => Holds(text, cue)).QuickCheckThrowOnFailure();

    [Fact]
    public void A_huge_statement_is_scored() =>
        Assert.True(Holds(string.Concat(Enumerable.Repeat("We will not talk, but we will destroy them!!! ", 5000))));

    [Fact]
    public void Scoring_is_thread_safe_and_deterministic()
    {
        var texts = Enumerable.Range(0, 200).Select(i => $"Talks {i} may calm things down, but sanctions will stay.").ToArray();
        var sequential = texts.Select(t => Scorer.Score(t).StanceScore).ToArray();
        var parallel = texts.AsParallel().AsOrdered().Select(t => Scorer.Score(t).StanceScore).ToArray();
        Assert.Equal(sequential, parallel);
    }
}
