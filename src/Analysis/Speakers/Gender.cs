namespace Analysis.Speakers;

/// <summary>What a pronoun can refer to: "he" needs a speaker not known to be female, and so on.</summary>
public enum Gender { Unknown, Male, Female }
