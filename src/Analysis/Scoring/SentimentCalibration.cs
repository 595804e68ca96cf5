namespace Analysis.Scoring;

/// <summary>
/// The sentiment scorer's two fitted numbers. <see cref="NegativeWeight"/>: how much more a negative word
/// weighs than a positive one (news readers react more to bad news). <see cref="Scale"/>: the summed
/// valence at which tanh reaches 0.76. Chosen on the NYT editorial dev set (human ratings) by grid search;
/// SentimentCalibrationTests re-runs the search inside 10-fold cross-validation to show it generalises.
/// </summary>
internal sealed record SentimentCalibration(double NegativeWeight, double Scale)
{
    public static SentimentCalibration Default { get; } = new(1.8, 5.0);

    /// <summary>The grid the calibration is searched over.</summary>
    public static IEnumerable<SentimentCalibration> Grid() =>
        from w in new[] { 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2 }
        from s in new[] { 2.0, 3.0, 4.0, 5.0, 6.0 }
        select new SentimentCalibration(w, s);
}
