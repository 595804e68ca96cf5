namespace Analysis.Scoring;

/// <summary>
/// Tone and stance of a statement's own words. <see cref="Sentiment"/> and <see cref="StanceScore"/> are in
/// [-1, 1] (stance: -1 hawkish .. +1 conciliatory). <see cref="Evidence"/> lists the words that drove the
/// scores, so a researcher can see why.
/// </summary>
public sealed record StatementScores(double Sentiment, double StanceScore, Stance Stance, IReadOnlyList<string> Evidence)
{
    public static StatementScores Neutral { get; } = new(0, 0, Stance.Neutral, []);
}
