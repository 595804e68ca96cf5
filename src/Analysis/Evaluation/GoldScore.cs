using System.Text.Json.Serialization;
using Analysis.Tables;

namespace Analysis.Evaluation;

/// <summary>
/// The figures of a comparison with the gold, named and defined as ../shared/tools/score.py --json prints them.
/// Figures over found statements (date, stance, sentiment) are null when there is nothing to judge.
/// </summary>
public sealed record GoldScore(
    [property: JsonPropertyName("gold_core")] int GoldCore,
    [property: JsonPropertyName("predicted")] int Predicted,
    [property: JsonPropertyName("quote_recall")] double QuoteRecall,
    [property: JsonPropertyName("attributed_precision")] double AttributedPrecision,
    [property: JsonPropertyName("attributed_recall")] double AttributedRecall,
    [property: JsonPropertyName("attributed_f1")] double AttributedF1,
    [property: JsonPropertyName("speaker_accuracy_on_found")] double SpeakerAccuracyOnFound,
    [property: JsonPropertyName("date_accuracy")] double? DateAccuracy,
    [property: JsonPropertyName("dated_n")] int DatedN,
    [property: JsonPropertyName("stance_accuracy")] double? StanceAccuracy,
    [property: JsonPropertyName("sentiment_sign_agreement")] double? SentimentSignAgreement,
    [property: JsonPropertyName("sentiment_spearman")] double? SentimentSpearman)
{
    /// <summary>One row per figure, with what it means, for a reader rather than a program.</summary>
    public Table<GoldFigure> ToTable() => Table.From<GoldFigure>(
    [
        new("quote recall", QuoteRecall, $"required gold statements whose words were found ({GoldCore} required)"),
        new("attributed precision", AttributedPrecision, $"found statements that match a gold one with the right speaker ({Predicted} found)"),
        new("attributed recall", AttributedRecall, "required gold statements found with the right speaker"),
        new("attributed F1", AttributedF1, "harmonic mean of attributed precision and recall"),
        new("speaker accuracy", SpeakerAccuracyOnFound, "right speaker among the gold statements found"),
        new("date accuracy", DateAccuracy, $"right day (or month) among found statements the gold dates ({DatedN})"),
        new("stance accuracy", StanceAccuracy, "same stance label as the gold, among found statements"),
        new("sentiment sign", SentimentSignAgreement, "same sign of tone as the gold, among found non-neutral ones"),
        new("sentiment Spearman", SentimentSpearman, "rank correlation of tone with the gold"),
    ], "Agreement with the gold");
}
