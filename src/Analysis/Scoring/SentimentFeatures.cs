namespace Analysis.Scoring;

/// <summary>
/// What the sentiment rules read in a statement, before calibration: the rule-adjusted valences (VADER's
/// -4..+4 scale) summed separately by sign and by lexicon, the tone of its stance cues, "!" emphasis, how
/// many negators it holds and its length in words. Negative sums are magnitudes (>= 0).
/// <see cref="SentimentCalibration"/> weighs them.
/// </summary>
internal readonly record struct SentimentFeatures(
    double VaderPositive, double VaderNegative,
    double AfinnPositive, double AfinnNegative,
    double StancePositive, double StanceNegative,
    double Exclamation, int Negators, int Words);
