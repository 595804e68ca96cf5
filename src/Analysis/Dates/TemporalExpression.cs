using Analysis.Text;

namespace Analysis.Dates;

/// <summary>What a temporal expression is resolved against.</summary>
public enum TemporalAnchor
{
    /// <summary>A date written out ("Nov. 3, 2017", "On Sept. 20", "In September"): a point on the calendar.</summary>
    Calendar,

    /// <summary>Relative to the publication date ("yesterday", "today", "on Tuesday", "this weekend"): the news days.</summary>
    Publication,

    /// <summary>Relative to the previous date in the text ("Twelve days later", "The month prior").</summary>
    PreviousDate,
}

/// <summary>
/// One resolved time expression in an article. <see cref="Span"/> is the evidence in the original text;
/// <see cref="IsQuoted"/> marks expressions inside quotation marks (they date what was said, not the saying);
/// <see cref="InSpeechSentence"/> marks expressions in a sentence that reports speech (said, told, briefing...),
/// the only ones that can date a neighbouring statement; <see cref="CanDateSpeech"/> is false for expressions
/// that look forward or bound a period ("will meet on Friday", "since Monday"), which never date a statement;
/// <see cref="InReportedWords"/> marks expressions inside a cue's reported clause ("said the administrator had
/// promised her on Friday"), which date that statement's content and never a later statement.
/// </summary>
public sealed record TemporalExpression(
    TextSpan Span,
    DateOnly Value,
    DatePrecision Precision,
    int ToleranceDays,
    TemporalAnchor Anchor,
    bool IsQuoted,
    bool InSpeechSentence,
    bool CanDateSpeech = true,
    bool InReportedWords = false)
{
    public StatementDate ToDate(string text) => new(Value, Precision, Span.Of(text), ToleranceDays);
}
