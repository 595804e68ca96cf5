namespace Analysis.Scoring;

/// <summary>Stance towards talks and de-escalation.</summary>
public enum Stance
{
    Neutral,
    Conciliatory,
    Hawkish,
}
