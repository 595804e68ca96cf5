using System.Globalization;
using Analysis.Display;
using Analysis.Extraction;
using Analysis.Tables;
using MathNet.Numerics.Statistics;

namespace Analysis.Evaluation;

/// <summary>
/// Statements compared with a human gold by ../shared/tools/score.py's rules, so the notebook and the judge
/// agree: a prediction matches a gold statement of the same article when it holds at least 60% of the gold
/// quote's content words and at least 25% of its own words are the gold's; matching is one-to-one, best
/// overlap first; speakers compare by <see cref="SpeakerMatch"/>. Displays as the figures, then one line per
/// statement (found, wrong speaker, missed, spurious).
/// </summary>
public sealed class GoldComparison : IMimeRenderable
{
    public const double MinShareOfGold = 0.6;
    public const double MinShareOfPrediction = 0.25;

    private GoldComparison(GoldScore score, IReadOnlyList<GoldVerdict> verdicts)
    {
        Score = score;
        Verdicts = verdicts;
    }

    public GoldScore Score { get; }

    /// <summary>Every gold statement in gold order (with its match, if any), then every unmatched prediction.</summary>
    public IReadOnlyList<GoldVerdict> Verdicts { get; }

    public static GoldComparison Compare(IEnumerable<GoldStatement> gold, IEnumerable<Statement> predicted) =>
        Compare(gold, predicted.Select(PredictedStatement.From));

    public static GoldComparison Compare(IEnumerable<GoldStatement> gold, IEnumerable<PredictedStatement> predicted)
    {
        var g = gold.ToList();
        var p = predicted.ToList();
        var (goldToPrediction, predictionToGold) = Match(g, p);

        var verdicts = new List<GoldVerdict>();
        for (var gi = 0; gi < g.Count; gi++)
        {
            if (goldToPrediction.TryGetValue(gi, out var pi))
            {
                verdicts.Add(new GoldVerdict
                {
                    Verdict = SpeakerMatch.Same(g[gi].Speaker, p[pi].Speaker) ? Verdict.Found : Verdict.WrongSpeaker,
                    Gold = g[gi],
                    Prediction = p[pi],
                    DateRight = DateRight(g[gi].Date, p[pi].Date, g[gi].DateToleranceDays),
                });
            }
            else
            {
                verdicts.Add(new GoldVerdict { Verdict = g[gi].Optional ? Verdict.NotRequired : Verdict.Missed, Gold = g[gi] });
            }
        }
        for (var pi = 0; pi < p.Count; pi++)
        {
            if (!predictionToGold.ContainsKey(pi)) verdicts.Add(new GoldVerdict { Verdict = Verdict.Spurious, Prediction = p[pi] });
        }
        return new GoldComparison(Figures(g.Count(x => !x.Optional), p.Count, verdicts), verdicts);
    }

    /// <summary>One-to-one, best overlap first; ties go as in score.py (its descending sort of (overlap, gold, prediction)).</summary>
    private static (Dictionary<int, int> GoldToPrediction, Dictionary<int, int> PredictionToGold) Match(List<GoldStatement> gold, List<PredictedStatement> predicted)
    {
        var pairs = new List<(double Score, int Gold, int Prediction)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            for (var pi = 0; pi < predicted.Count; pi++)
            {
                if (FileName(gold[gi].File) != FileName(predicted[pi].Article)) continue;
                var (ofGold, ofPrediction) = QuoteWords.Overlap(gold[gi].Quote, predicted[pi].Quote);
                if (ofGold >= MinShareOfGold && ofPrediction >= MinShareOfPrediction) pairs.Add((ofGold + ofPrediction, gi, pi));
            }
        }
        pairs.Sort((x, y) => y.CompareTo(x));
        var goldToPrediction = new Dictionary<int, int>();
        var predictionToGold = new Dictionary<int, int>();
        foreach (var (_, gi, pi) in pairs)
        {
            if (goldToPrediction.ContainsKey(gi) || predictionToGold.ContainsKey(pi)) continue;
            goldToPrediction[gi] = pi;
            predictionToGold[pi] = gi;
        }
        return (goldToPrediction, predictionToGold);
    }

    private static GoldScore Figures(int core, int predicted, List<GoldVerdict> verdicts)
    {
        var matched = verdicts.Where(v => v.Verdict is Verdict.Found or Verdict.WrongSpeaker).ToList();
        var found = matched.Where(v => !v.Optional).ToList();
        var attributed = found.Count(v => v.Verdict == Verdict.Found);
        var attributedAll = matched.Count(v => v.Verdict == Verdict.Found);
        var precision = predicted > 0 ? (double)attributedAll / predicted : 0;
        var recall = core > 0 ? (double)attributed / core : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var dated = found.Where(v => v.DateRight is not null).Select(v => v.DateRight!.Value).ToList();
        var stance = found.Where(v => !string.IsNullOrEmpty(v.Gold!.Stance)).Select(v => v.Gold!.Stance == v.Prediction!.Stance).ToList();
        var tone = found.Where(v => v.Gold!.Sentiment is not null && v.Prediction!.Sentiment is not null)
            .Select(v => (Gold: v.Gold!.Sentiment!.Value, Predicted: v.Prediction!.Sentiment!.Value)).ToList();
        var sign = tone.Where(t => t.Gold != 0).Select(t => Math.Sign(t.Gold) == (t.Predicted > 0.05 ? 1 : t.Predicted < -0.05 ? -1 : 0)).ToList();
        return new GoldScore(
            core, predicted,
            core > 0 ? (double)found.Count / core : 0,
            precision, recall, f1,
            found.Count > 0 ? (double)attributed / found.Count : 0,
            Share(dated), dated.Count, Share(stance), Share(sign),
            Spearman(tone.Select(t => t.Gold).ToList(), tone.Select(t => t.Predicted).ToList()));
    }

    /// <summary>score.py's date rule: same month for a month-precision gold date, else within the tolerance in days.</summary>
    internal static bool? DateRight(string? gold, string? predicted, int toleranceDays)
    {
        if (string.IsNullOrEmpty(gold)) return null;
        if (string.IsNullOrEmpty(predicted)) return false;
        predicted = predicted[..Math.Min(10, predicted.Length)];
        if (gold.Length == 7) return predicted[..Math.Min(7, predicted.Length)] == gold;
        return Day(gold) is { } g && Day(predicted) is { } p && Math.Abs(g.DayNumber - p.DayNumber) <= toleranceDays;
    }

    private static DateOnly? Day(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static double? Share(List<bool> judged) => judged.Count == 0 ? null : (double)judged.Count(ok => ok) / judged.Count;

    /// <summary>Rank correlation with average ranks for ties; null below 3 pairs or when a side is constant (as score.py).</summary>
    private static double? Spearman(List<double> gold, List<double> predicted)
    {
        if (gold.Count < 3) return null;
        var rho = Correlation.Spearman(gold, predicted);
        return double.IsFinite(rho) ? rho : null;
    }

    private static string FileName(string article) => article.Replace('\\', '/').Split('/')[^1];

    /// <summary>The figures as a table.</summary>
    public Table<GoldFigure> FiguresTable() => Score.ToTable();

    /// <summary>One row per gold statement and per spurious prediction.</summary>
    public Table<GoldVerdict> ToTable() => Table.From(Verdicts, "Statement by statement",
        $"{Verdicts.Count(v => v.Verdict == Verdict.Found)} found, {Verdicts.Count(v => v.Verdict == Verdict.WrongSpeaker)} with the wrong speaker, " +
        $"{Verdicts.Count(v => v.Verdict == Verdict.Missed)} missed, {Verdicts.Count(v => v.Verdict == Verdict.Spurious)} not in the gold; " +
        "optional gold statements are neither required nor penalised.");

    public IReadOnlyDictionary<string, object> ToMimeBundle()
    {
        var figures = FiguresTable();
        var verdicts = ToTable();
        return new Dictionary<string, object>
        {
            [MimeTypes.Plain] = figures.ToText() + Environment.NewLine + verdicts.ToText(),
            [MimeTypes.Html] = figures.ToHtml() + verdicts.ToHtml(),
        };
    }

    public override string ToString() => FiguresTable().ToText();
}
