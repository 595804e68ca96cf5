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

    /// <summary>Scores a sentence on its words alone.</summary>
    public StatementScores Score(string text) => Score(text, cue: null);

    /// <summary>
    /// Scores a statement's words; its reporting <paramref name="cue"/> ("accused", "called the deal"), when there is one,
    /// adds what the speaker did to the stance (<see cref="ReportingAct"/>), never to the tone.
    /// </summary>
    public StatementScores Score(string text, string? cue)
    {
        if (string.IsNullOrWhiteSpace(text)) return StatementScores.Neutral;
        var tokens = ScoringTokenizer.Tokenize(text);
        var (stanceSum, cues) = stance.Sum(tokens);
        var contributions = new List<SentimentScorer.Contribution>();
        var tone = sentiment.Score(text, tokens, cues, contributions);
        var act = ReportingAct.Of(cue);
        var actWeight = act?.WeightGiven(tone) ?? 0;
        var stanceScore = Math.Tanh(stanceSum + actWeight);

        var evidence = new List<string>(cues.Count + ToneEvidence + 1);
        foreach (var found in cues) evidence.Add(Describe(text, tokens, found));
        if (actWeight != 0) evidence.Add($"{act!.Verb} (reporting verb, {(actWeight > 0 ? "+" : "-")})");
        Span<int> strongest = stackalloc int[ToneEvidence];
        foreach (var c in strongest[..Strongest(contributions, strongest)])
        {
            var (token, valence) = contributions[c];
            evidence.Add($"{tokens[token].Text} (tone {valence.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)})");
        }

        return new StatementScores(Math.Clamp(tone, -1, 1), Math.Clamp(stanceScore, -1, 1), LabelOf(stanceScore), evidence);
    }

    /// <summary>
    /// Fills <paramref name="strongest"/> with the indices of the strongest contributions (by absolute valence), strongest
    /// first and equals in text order, as a stable sort would give; returns how many there are. (Only a few are wanted,
    /// for every statement: no sort.)
    /// </summary>
    private static int Strongest(List<SentimentScorer.Contribution> contributions, Span<int> strongest)
    {
        var count = 0;
        for (var c = 0; c < contributions.Count; c++)
        {
            var strength = Math.Abs(contributions[c].Valence);
            var at = count;
            while (at > 0 && Math.Abs(contributions[strongest[at - 1]].Valence) < strength) at--;
            if (at == strongest.Length) continue;
            if (count < strongest.Length) count++;
            strongest[at..(count - 1)].CopyTo(strongest[(at + 1)..count]);
            strongest[at] = c;
        }
        return count;
    }

    public static Stance LabelOf(double stanceScore) =>
        stanceScore >= StanceThreshold ? Stance.Conciliatory
        : stanceScore <= -StanceThreshold ? Stance.Hawkish
        : Stance.Neutral;

    /// <summary>"calm things down (+)", "massive military response (threat, -)", "talks (negated, 0)".</summary>
    private static string Describe(string text, List<ScoringToken> tokens, StanceCue cue)
    {
        var words = text[tokens[cue.Match.First].Start..tokens[cue.Match.Last].End];
        var sign = cue.Weight > 0 ? "+" : cue.Weight < 0 ? "-" : "0";
        return cue.Note is null ? $"{words} ({sign})" : $"{words} ({cue.Note}, {sign})";
    }
}
