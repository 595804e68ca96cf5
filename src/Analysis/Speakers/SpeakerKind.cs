namespace Analysis.Speakers;

/// <summary>What sort of thing a speaker is; decides which pronouns and descriptions may refer to it.</summary>
public enum SpeakerKind
{
    /// <summary>A named person ("Rex Tillerson").</summary>
    Person,

    /// <summary>An unnamed source with a stable label ("senior State Department official").</summary>
    Anonymous,

    /// <summary>An unnamed person described by the article, possibly named a sentence later ("a North Korean defector").</summary>
    Described,

    /// <summary>An organisation speaking as such ("US State Department", "KCNA").</summary>
    Institution,

    /// <summary>A country or city standing for its government ("Pyongyang", "North Korea").</summary>
    Place,
}
