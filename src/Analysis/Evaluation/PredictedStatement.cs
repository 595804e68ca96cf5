using Analysis.Extraction;

namespace Analysis.Evaluation;

/// <summary>
/// What a comparison with the gold needs of a found statement: where, who, which words, and optionally when and
/// how it was scored. Built from a <see cref="Statement"/>, or by hand (a student's answer).
/// </summary>
/// <param name="Article">The article's file name (a path is cut to its file name).</param>
/// <param name="Speaker">The canonical speaker.</param>
/// <param name="Quote">The statement's words.</param>
/// <param name="Date">yyyy-MM-dd or yyyy-MM, or null.</param>
/// <param name="Stance">conciliatory, hawkish or neutral, or null.</param>
/// <param name="Sentiment">Any scale; only its sign and rank are compared.</param>
public sealed record PredictedStatement(string Article, string Speaker, string Quote, string? Date = null, string? Stance = null, double? Sentiment = null)
{
    /// <summary>A statement as the output contract writes it (scores rounded to 4 decimals, as in statements.jsonl).</summary>
    public static PredictedStatement From(Statement s) => new(
        s.Article, s.Speaker, s.Quote, s.Date.ToIsoString(),
        s.Scores.Stance.ToString().ToLowerInvariant(), Math.Round(s.Scores.Sentiment, 4));
}
