using System.Globalization;
using Analysis.Scoring.StanceRules;

namespace Analysis.Scoring;

/// <summary>
/// Scores the tone (sentiment) and stance of a statement's words. Thread-safe: the lexicons and phrase table
/// are immutable and loaded once; each call works on its own tokens.
/// </summary>
public sealed class StatementScorer
{
    /// <summary>A stance score at or above this is conciliatory; at or below its negative, hawkish.</summary>
    public const double StanceThreshold = 0.3;

    /// <summary>How many of the strongest tone words are listed in the evidence, after the stance cues.</summary>
    private const int ToneEvidence = 3;

    private readonly SentimentScorer sentiment;
    private readonly StanceScorer stance;

    public StatementScorer() : this(SentimentScorer.Default, StanceScorer.Default) { }

    internal StatementScorer(SentimentScorer sentiment, StanceScorer stance)
    {
        this.sentiment = sentiment;
        this.stance = stance;
    }

    public StatementScores Score(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return StatementScores.Neutral;
        var tokens = ScoringTokenizer.Tokenize(text);
        var (stanceScore, cues) = stance.Score(tokens);
        var contributions = new List<SentimentScorer.Contribution>();
        var tone = sentiment.Score(text, tokens, cues, contributions);

        var evidence = new List<string>(cues.Count + ToneEvidence);
        foreach (var cue in cues) evidence.Add(Describe(text, tokens, cue));
        foreach (var c in contributions.OrderByDescending(c => Math.Abs(c.Valence)).Take(ToneEvidence))
            evidence.Add($"{tokens[c.TokenIndex].Text} (tone {c.Valence.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)})");

        return new StatementScores(Math.Clamp(tone, -1, 1), Math.Clamp(stanceScore, -1, 1), LabelOf(stanceScore), evidence);
    }

    public static Stance LabelOf(double stanceScore) =>
        stanceScore >= StanceThreshold ? Stance.Conciliatory
        : stanceScore <= -StanceThreshold ? Stance.Hawkish
        : Stance.Neutral;

    /// <summary>"calm things down (+)", "massive military response (threat, -)", "talks (negated, 0)".</summary>
    private static string Describe(string text, IReadOnlyList<ScoringToken> tokens, StanceCue cue)
    {
        var words = text[tokens[cue.Match.First].Start..tokens[cue.Match.Last].End];
        var sign = cue.Weight > 0 ? "+" : cue.Weight < 0 ? "-" : "0";
        return cue.Note is null ? $"{words} ({sign})" : $"{words} ({cue.Note}, {sign})";
    }
}
