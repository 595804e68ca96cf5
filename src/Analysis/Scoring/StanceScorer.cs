using Analysis.Scoring.StanceRules;

namespace Analysis.Scoring;

/// <summary>
/// Stance towards talks and de-escalation in [-1, 1] (-1 hawkish .. +1 conciliatory): the phrases of
/// <c>stance_phrases.tsv</c> found in the statement, each passed through the rules (spent patience, dismissal, failure, topic,
/// negation, denied force, averting, readiness, threat, precondition, contrast, judgement), with the constructions that are cues
/// whatever their words: <see cref="Ultimatum"/>s ("If ..., we will ..."), <see cref="JointParties"/> ("urged both sides")
/// and <see cref="StandingCondition"/>s ("we'll stay until they agree"); summed and squashed with tanh. Returns the cues for evidence.
/// </summary>
internal sealed class StanceScorer(StancePhraseTable table, IReadOnlyList<IStanceRule> rules)
{
    public static StanceScorer Default { get; } = new(StancePhraseTable.Default,
        [
            new SpentPatienceRule(), new DismissalRule(), new FailureRule(), new TopicRule(), new NegationRule(), new DeniedForceRule(),
            new AvertingRule(), new ReadinessRule(), new ThreatRule(), new PreconditionRule(), new ContrastRule(), new JudgementRule(SentimentLexicon.HumanRated),
        ]);

    public (double Score, List<StanceCue> Cues) Score(List<ScoringToken> tokens)
    {
        var (sum, cues) = Sum(tokens);
        return (Math.Tanh(sum), cues);
    }

    /// <summary>The cues' weights summed, before squashing: a caller may add weak cues of its own (the reporting verb).</summary>
    public (double Sum, List<StanceCue> Cues) Sum(List<ScoringToken> tokens)
    {
        var matches = StancePhraseMatcher.Find(tokens, table);
        matches.AddRange(Ultimatum.Find(tokens, matches).ToList());
        JointParties.AddTo(tokens, matches);
        StandingCondition.AddTo(tokens, matches);
        var context = new StanceContext(tokens, matches);
        var cues = new List<StanceCue>(matches.Count);
        double sum = 0;
        foreach (var match in matches)
        {
            if (match.Phrase.IsMask) continue; // "a great deal": it only keeps "deal" from matching
            var cue = StanceCue.From(match);
            for (var r = 0; r < rules.Count; r++) cue = rules[r].Apply(cue, context); // (foreach would allocate an enumerator a cue)
            cues.Add(cue);
            sum += cue.Weight;
        }
        return (sum, cues);
    }
}
