namespace Analysis.Evaluation;

/// <summary>What became of one gold statement or one prediction when the two were matched.</summary>
public enum Verdict
{
    /// <summary>The gold statement was found and attributed to the same speaker.</summary>
    Found,

    /// <summary>The gold statement's words were found, but attributed to someone else.</summary>
    WrongSpeaker,

    /// <summary>A required gold statement no prediction matches.</summary>
    Missed,

    /// <summary>A prediction that matches no gold statement.</summary>
    Spurious,

    /// <summary>An optional (borderline) gold statement nobody found: not required, not penalised.</summary>
    NotRequired,
}
