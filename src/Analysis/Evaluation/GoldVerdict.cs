using System.Text.Json.Serialization;

namespace Analysis.Evaluation;

/// <summary>
/// One line of a comparison with the gold: a gold statement and the prediction matched to it (found, wrong
/// speaker), a gold statement alone (missed, not required) or a prediction alone (spurious).
/// </summary>
public sealed record GoldVerdict
{
    [JsonIgnore]
    public required Verdict Verdict { get; init; }

    [JsonIgnore]
    public GoldStatement? Gold { get; init; }

    [JsonIgnore]
    public PredictedStatement? Prediction { get; init; }

    /// <summary>"found", "wrong speaker", "missed", "spurious" or "not required".</summary>
    public string Result => Verdict switch
    {
        Verdict.WrongSpeaker => "wrong speaker",
        Verdict.NotRequired => "not required",
        _ => Verdict.ToString().ToLowerInvariant(),
    };

    public string Article => Gold?.File ?? Prediction!.Article;

    /// <summary>The gold quote, or the predicted words of a spurious prediction.</summary>
    public string Quote => Gold?.Quote ?? Prediction!.Quote;

    public string? GoldSpeaker => Gold?.Speaker;

    public string? FoundSpeaker => Prediction?.Speaker;

    public string? GoldDate => Gold?.Date;

    public string? FoundDate => Prediction?.Date;

    /// <summary>Whether the found date is right (within the gold's tolerance); null when there is nothing to judge.</summary>
    public bool? DateRight { get; init; }

    /// <summary>A borderline gold statement: finding it is not required, and not penalised.</summary>
    public bool Optional => Gold?.Optional ?? false;
}
