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
    private readonly StanceFallback fallback;

    public StatementScorer() : this(SentimentScorer.Default, StanceScorer.Default, StanceFallback.Default) { }

    internal StatementScorer(SentimentScorer sentiment, StanceScorer stance, StanceFallback fallback)
    {
        this.sentiment = sentiment;
        this.stance = stance;
        this.fallback = fallback;
    }

    /// <summary>The rules alone, without the learned fallback: what the fallback is fitted on.</summary>
    internal static StatementScorer RulesOnly { get; } = new(SentimentScorer.Default, StanceScorer.Default, StanceFallback.None);

    /// <summary>Scores a sentence on its words alone.</summary>
    public StatementScores Score(string text) => Score(text, cue: null);

    /// <summary>
    /// Scores a statement's words; its reporting <paramref name="cue"/> ("accused", "called the deal"), when there is one,
    /// adds what the speaker did to the stance (<see cref="ReportingAct"/>), never to the tone. When the rules find the
    /// stance neutral, the learned <see cref="StanceFallback"/> may overrule them; its words are then in the evidence,
    /// marked "learned", and the stance score is its probability for the label (signed).
    /// </summary>
    public StatementScores Score(string text, string? cue) => ScoreWithRules(text, cue).Scores;

    /// <summary>
    /// A statement's scores with the stance score of the rules alone (before the fallback): <see cref="Pipeline.SpeakerCamp"/>
    /// lets only a stance the words themselves reached speak for the speaker's other statements, never a learned guess.
    /// </summary>
    internal readonly record struct Scored(StatementScores Scores, double RulesScore);

    /// <summary><see cref="Score(string, string?)"/>, keeping the rules' own stance score.</summary>
    internal Scored ScoreWithRules(string text, string? cue)
    {
        if (string.IsNullOrWhiteSpace(text)) return new Scored(StatementScores.Neutral, 0);
        var rules = ReadRules(text, cue);
        var (tokens, cues, tone, stanceScore) = (rules.Tokens, rules.Cues, rules.Tone, rules.StanceScore);
        List<ScoringToken>? cueTokens = null;
        var learned = rules.Stance == Stance.Neutral ? fallback.Decide(tokens, cueTokens = CueTokens(cue), cues, tone) : null;

        var evidence = new List<string>(cues.Count + ToneEvidence + StanceFallback.EvidenceCount + 1);
        foreach (var found in cues) evidence.Add(Describe(text, tokens, found));
        if (rules.ActWeight != 0) evidence.Add($"{rules.Act!.Verb} (reporting verb, {(rules.ActWeight > 0 ? "+" : "-")})");
        if (learned is not null)
        {
            stanceScore = learned.Stance == Stance.Conciliatory ? learned.Probability : -learned.Probability;
            var sign = learned.Stance == Stance.Conciliatory ? "+" : "-";
            foreach (var (_, _, words) in learned.Drivers)
                evidence.Add(words.InCue
                    ? $"{cue![cueTokens![words.First].Start..cueTokens[words.Last].End]} (reporting verb, learned, {sign})"
                    : $"{text[tokens[words.First].Start..tokens[words.Last].End]} (learned, {sign})");
        }
        Span<int> strongest = stackalloc int[ToneEvidence];
        var contributions = rules.Contributions;
        foreach (var c in strongest[..Strongest(contributions, strongest)])
        {
            var (token, valence) = contributions[c];
            evidence.Add($"{tokens[token].Text} (tone {valence.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)})");
        }

        return new Scored(new StatementScores(Math.Clamp(tone, -1, 1), Math.Clamp(stanceScore, -1, 1), LabelOf(stanceScore), evidence),
            rules.StanceScore);
    }

    /// <summary>What the rules make of a statement: its tokens, stance cues, tone (and the words behind it), reporting act and stance score.</summary>
    internal readonly record struct RuleReading(List<ScoringToken> Tokens, List<StanceCue> Cues, double Tone,
        List<SentimentScorer.Contribution> Contributions, ReportingAct? Act, double ActWeight, double StanceScore)
    {
        public Stance Stance => LabelOf(StanceScore);
    }

    internal RuleReading ReadRules(string text, string? cue)
    {
        var tokens = ScoringTokenizer.Tokenize(text);
        var (stanceSum, cues) = stance.Sum(tokens);
        var contributions = new List<SentimentScorer.Contribution>();
        var tone = sentiment.Score(text, tokens, cues, contributions);
        var act = ReportingAct.Of(cue);
        var actWeight = act?.WeightGiven(tone) ?? 0;
        return new RuleReading(tokens, cues, tone, contributions, act, actWeight, Math.Tanh(stanceSum + actWeight));
    }

    /// <summary>The cue's words, as the fallback reads them (none without a cue).</summary>
    internal static List<ScoringToken> CueTokens(string? cue) => cue is null ? [] : ScoringTokenizer.Tokenize(cue);

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
