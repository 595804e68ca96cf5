namespace Analysis.Speakers;

/// <summary>
/// One canonical speaker of an article. Every mention that refers to it (names, "he", "the official")
/// shares the instance, so the name is given once: the full name as first given, or the registry's name.
/// </summary>
public sealed class Speaker(string name, SpeakerKind kind)
{
    public string Name { get; set; } = name;

    public SpeakerKind Kind { get; set; } = kind;

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    public Gender Gender { get; set; }

    /// <summary>A business by its name ("Harmon Valley Foods", "Calder Foods Ltd"): what "the company" means first.</summary>
    public bool IsCompany { get; init; }

    /// <summary>The first mention gave a title with the name ("A Thai government spokeswoman, Pimchanok Srisuk"): <see cref="Role"/> is that title.</summary>
    public bool IntroducedWithTitle { get; init; }

    // Coreference's notes while it reads one article (a speaker belongs to one article's resolution). Kept on the speaker,
    // not in sets of speakers: a set hashes every new speaker, and the runtime's first hash of an object costs more than
    // the rest of naming it.

    /// <summary>A mention of it acted as a clause's subject ("Network Rail said"): evidence that a bare name is an actor.</summary>
    internal bool ActedAsSubject { get; set; }

    /// <summary>An unnamed source met as a clause's subject ("One official in the Blue House was blunter"), not as an object.</summary>
    internal bool MetAsSubjectSource { get; set; }

    public bool IsPersonLike => Kind is SpeakerKind.Person or SpeakerKind.Anonymous or SpeakerKind.Described;

    public override string ToString() => Name;
}
