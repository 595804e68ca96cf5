namespace Analysis.Metrics;

/// <summary>
/// The divergence between two speakers (or groups) over the whole corpus: stance gap (mean A − mean B) with
/// its bootstrap interval, and the JSD of their words. Statements count whether or not they are dated.
/// </summary>
public sealed record DivergenceCell(
    string A,
    string B,
    double Gap,
    double CiLow,
    double CiHigh,
    double? Jsd,
    int NA,
    int NB);
