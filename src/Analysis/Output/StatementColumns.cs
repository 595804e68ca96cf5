using Analysis.Extraction;

namespace Analysis.Output;

/// <summary>
/// The statements output contract (DESIGN.md), defined once: every writer (JSON lines, CSV, tables)
/// emits these columns in this order. A value is a string, a double, an int, or null.
/// </summary>
public static class StatementColumns
{
    public sealed record Column(string Name, Func<Statement, object?> Value);

    public static IReadOnlyList<Column> All { get; } =
    [
        new("article", s => s.Article),
        new("outlet", s => s.Outlet),
        new("speaker", s => s.Speaker),
        new("speaker_role", s => s.SpeakerRole),
        new("affiliation", s => s.Affiliation),
        new("kind", s => s.Kind.ToString().ToLowerInvariant()),
        new("quote", s => s.Quote),
        new("cue", s => s.Cue),
        new("date", s => s.Date.ToIsoString()),
        new("date_evidence", s => s.Date.Evidence),
        new("date_precision", s => s.Date.Precision.ToString().ToLowerInvariant()),
        new("date_tolerance_days", s => s.Date.ToleranceDays),
        new("stance", s => s.Scores.Stance.ToString().ToLowerInvariant()),
        new("stance_score", s => Math.Round(s.Scores.StanceScore, 4)),
        new("sentiment", s => Math.Round(s.Scores.Sentiment, 4)),
        new("evidence", s => string.Join("; ", s.Scores.Evidence)),
        new("start", s => s.Span.Start),
        new("end", s => s.Span.End),
        new("cue_start", s => s.CueSpan.Start),
        new("cue_end", s => s.CueSpan.End),
    ];
}
