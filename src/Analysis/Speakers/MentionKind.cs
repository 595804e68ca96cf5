namespace Analysis.Speakers;

/// <summary>How a mention refers to its speaker.</summary>
public enum MentionKind
{
    /// <summary>A proper name, possibly with a title: "Secretary of State Rex Tillerson", "Pyongyang".</summary>
    Name,

    /// <summary>"he", "she", "his", "her".</summary>
    Pronoun,

    /// <summary>"who" / "which" after a mention.</summary>
    Relative,

    /// <summary>A definite description that refers back: "the official", "the secretary", "the President".</summary>
    Definite,

    /// <summary>An unnamed source introduced by an indefinite article: "a senior administration official".</summary>
    Anonymous,

    /// <summary>An unnamed person introduced by description: "A high-ranking North Korean defector".</summary>
    Described,

    /// <summary>A description standing for the person the story is about, just before a verb of saying: "the striker said", "the 52-year-old Dane told".</summary>
    Epithet,

    /// <summary>An organisation: "the State Department", "the Pentagon".</summary>
    Institution,
}
