using System.Text.Json.Serialization;

namespace Analysis.Evaluation;

/// <summary>
/// One statement a careful human found in an article (a line of a gold file such as
/// ../shared/gold/seeds.gold.jsonl; see its README). <see cref="Optional"/> lines are borderline: finding them
/// is not required and not penalised.
/// </summary>
public sealed record GoldStatement
{
    /// <summary>The article's file name ("000_e25ab9f4258a218f.txt").</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    [JsonPropertyName("speaker")]
    public required string Speaker { get; init; }

    [JsonPropertyName("speaker_role")]
    public string? SpeakerRole { get; init; }

    /// <summary>direct, indirect or tweet.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    /// <summary>The words, verbatim from the article.</summary>
    [JsonPropertyName("quote")]
    public required string Quote { get; init; }

    [JsonPropertyName("cue")]
    public string? Cue { get; init; }

    /// <summary>yyyy-MM-dd, yyyy-MM when only the month is known, or null.</summary>
    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("date_evidence")]
    public string? DateEvidence { get; init; }

    /// <summary>How many days either side of <see cref="Date"/> still count as right ("this weekend").</summary>
    [JsonPropertyName("date_tolerance_days")]
    public int DateToleranceDays { get; init; }

    /// <summary>conciliatory, hawkish or neutral.</summary>
    [JsonPropertyName("stance")]
    public string? Stance { get; init; }

    /// <summary>The tone of the words, -2 .. 2.</summary>
    [JsonPropertyName("sentiment")]
    public double? Sentiment { get; init; }

    [JsonPropertyName("optional")]
    public bool Optional { get; init; }
}
