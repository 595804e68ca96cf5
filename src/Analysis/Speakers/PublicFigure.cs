namespace Analysis.Speakers;

/// <summary>A well-known speaker the library knows by name: canonical name, other names, role, camp.</summary>
public sealed record PublicFigure(string Name, string[] Aliases, string Role, string Affiliation, Gender Gender, SpeakerKind Kind = SpeakerKind.Person);
