using Analysis.Scoring;

namespace Analysis.Tests.Scoring;

/// <summary>
/// The quoted statements of the eight development golds (<see cref="StanceDevCorpora"/>) as rated sentences, for
/// <see cref="LearnedValencesFit"/>: the gold sentiment (-2..2) rescaled onto the NYT ratings' -4..4.
/// </summary>
internal static class DevGoldStatements
{
    /// <summary>The golds' sentiment scale: -2 .. +2.</summary>
    private const double GoldScale = 2.0;

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<RatedSentence>>> ByCorpus = new(() =>
        StanceDevCorpora.Names.ToDictionary(n => n, n => (IReadOnlyList<RatedSentence>)StanceDevCorpora.Of(n)
            .Select(l => RatedSentence.Read(l.Quote, l.Sentiment * SentimentCalibration.RatingScale / GoldScale)).ToList()));

    public static IReadOnlyList<RatedSentence> Of(string corpus) => ByCorpus.Value[corpus];

    /// <summary>The statements of every development gold.</summary>
    public static IReadOnlyList<RatedSentence> All => Every.Value;

    private static readonly Lazy<IReadOnlyList<RatedSentence>> Every = new(() => StanceDevCorpora.Names.SelectMany(Of).ToList());

    /// <summary>The statements of every development gold but <paramref name="corpus"/>.</summary>
    public static IReadOnlyList<RatedSentence> AllBut(string corpus) => StanceDevCorpora.Names.Where(n => n != corpus).SelectMany(Of).ToList();
}
