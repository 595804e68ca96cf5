using Analysis.Dates;
using Analysis.Scoring;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Who said what, when and how: one attributed statement found in an article.
/// <see cref="Quote"/> is always <c>article.Text[Span.Start..Span.End]</c>.
/// </summary>
public sealed record Statement
{
    public required string Article { get; init; }

    public string? Outlet { get; init; }

    /// <summary>The canonical speaker ("Rex Tillerson", "senior State Department official", "KCNA").</summary>
    public required string Speaker { get; init; }

    /// <summary>The speaker's role at the time ("US Secretary of State"), when the article or the registry says.</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>The speaker's camp (White House, State Department, Pentagon, Congress, North Korea, NATO, ...).</summary>
    public string? Affiliation { get; init; }

    public required StatementKind Kind { get; init; }

    /// <summary>The words: the quoted span for direct quotes and tweets, the reported clause for indirect speech.</summary>
    public required string Quote { get; init; }

    /// <summary>The reporting verb or phrase ("said", "told reporters", "said on Twitter").</summary>
    public required string Cue { get; init; }

    /// <summary>Where <see cref="Quote"/> stands in the article text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Where the cue stands in the article text (empty when the statement continues an earlier one).</summary>
    public TextSpan CueSpan { get; init; }

    public StatementDate Date { get; init; } = StatementDate.Unknown;

    public StatementScores Scores { get; init; } = StatementScores.Neutral;
}
