namespace Analysis.Scoring.StanceRules;

/// <summary>One rule that reads a cue in its context and may change its weight or note. Rules run in order.</summary>
internal interface IStanceRule
{
    StanceCue Apply(StanceCue cue, StanceContext context);
}
