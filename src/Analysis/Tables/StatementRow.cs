using Analysis.Extraction;

namespace Analysis.Tables;

/// <summary>
/// A statement flattened into one table row: what a data frame or a spreadsheet wants. Columns (snake_case):
/// article, outlet, date (yyyy-MM-dd, yyyy-MM or empty), date_precision, speaker, role, affiliation, kind,
/// quote, cue, sentiment, stance, stance_score, evidence (the scoring words, "; "-joined), start, end.
/// </summary>
public sealed record StatementRow(
    string Article,
    string? Outlet,
    string? Date,
    string DatePrecision,
    string Speaker,
    string? Role,
    string? Affiliation,
    string Kind,
    string Quote,
    string Cue,
    double Sentiment,
    string Stance,
    double StanceScore,
    string Evidence,
    int Start,
    int End)
{
    public static StatementRow From(Statement s) => new(
        s.Article, s.Outlet, s.Date.ToIsoString(), s.Date.Precision.ToString().ToLowerInvariant(),
        s.Speaker, s.SpeakerRole, s.Affiliation, s.Kind.ToString().ToLowerInvariant(), s.Quote, s.Cue,
        s.Scores.Sentiment, s.Scores.Stance.ToString().ToLowerInvariant(), s.Scores.StanceScore,
        string.Join("; ", s.Scores.Evidence), s.Span.Start, s.Span.End);
}
