namespace Analysis.Metrics;

/// <summary>
/// One group in one period: how many statements, and their mean sentiment and stance. An empty period has
/// <see cref="Count"/> 0 and null means (a gap, never a zero: no statement is not a neutral statement).
/// </summary>
/// <param name="Group">The group's name (speaker, affiliation, ...); "(unknown)" when the key was missing.</param>
/// <param name="Period">The period's key date: its first day, or a rolling window's last day.</param>
/// <param name="Start">The first day the period covers.</param>
/// <param name="End">The last day the period covers (inclusive).</param>
/// <param name="Count">Statements in the period (the n of both means).</param>
/// <param name="MeanSentiment">Mean sentiment in [-1, 1], null when <see cref="Count"/> is 0.</param>
/// <param name="MeanStance">Mean stance score in [-1 hawkish, +1 conciliatory], null when <see cref="Count"/> is 0.</param>
/// <param name="Hawkish">Statements labelled hawkish.</param>
/// <param name="Conciliatory">Statements labelled conciliatory.</param>
/// <param name="Neutral">Statements labelled neutral.</param>
public sealed record AggregateRow(
    string Group,
    DateOnly Period,
    DateOnly Start,
    DateOnly End,
    int Count,
    double? MeanSentiment,
    double? MeanStance,
    int Hawkish,
    int Conciliatory,
    int Neutral);
