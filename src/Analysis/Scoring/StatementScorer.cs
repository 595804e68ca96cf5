namespace Analysis.Scoring;

/// <summary>Scores the tone (sentiment) and stance of a statement's words. Thread-safe.</summary>
public sealed class StatementScorer
{
    // STUB: the scoring owner replaces this.
    public StatementScores Score(string text) => StatementScores.Neutral;
}
