using Analysis.Text;

namespace Analysis.Speakers;

/// <summary>
/// A place in the text that may name a speaker. <see cref="Span"/> covers the title too
/// ("department spokeswoman Heather Nauert"), so the words before it end where the subject starts.
/// <see cref="Speaker"/> is filled by <see cref="Coreference"/>; null when it could not be resolved.
/// A record so that a rule refining a mention copies it whole (<c>with</c>) rather than field by field; each mention
/// is still one place in the text, so equality stays by reference.
/// </summary>
public sealed record Mention
{
    public required TextSpan Span { get; init; }

    /// <summary>Token indices [FirstToken, EndToken) in the article's token list.</summary>
    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    public required MentionKind Kind { get; init; }

    /// <summary>The name ("Heather Nauert"), pronoun ("she"), or label ("senior State Department official").</summary>
    public required string Text { get; init; }

    /// <summary>The title words given with a name ("department spokeswoman"), or the head noun of a description ("official").</summary>
    public string? Role { get; init; }

    /// <summary>"Tillerson’s", "his": the mention qualifies a noun rather than being a subject.</summary>
    public bool Possessive { get; init; }

    /// <summary>The mention is followed by its own verb or by ", who": it acts, as people do ("Tarek Selim, who advised ...").</summary>
    public bool ActsAsSubject { get; init; }

    public Gender Gender { get; init; }

    /// <summary>The end (exclusive) of a description set off after the name ("Aigerim Tokonova, a teacher in Kok-Tash,"); 0 when none.</summary>
    public int AppositiveEnd { get; init; }

    /// <summary>A comma stands just before the mention, in its sentence: "The minister, Khaled Mansour," is an apposition.</summary>
    public bool FollowsComma { get; set; }

    /// <summary>The mention is the object of a preposition ("flanked by Mike Pence") or of a verb ("praised Kim"): less likely than a subject to be the next "he".</summary>
    public bool IsObject { get; set; }

    /// <summary>The mention follows a preposition of place or direction ("towed to Riga", "in Ashby Parva"): it says where, not who acts.</summary>
    public bool IsPlaceComplement { get; set; }

    /// <summary>The mention starts its sentence or a clause (after a comma or a conjunction): a subject, not the object of a verb.</summary>
    public bool OpensClause { get; set; }

    /// <summary>A description after "is"/"was" ("Liam is the ship's second engineer"): it says what someone is, and brings no new person in.</summary>
    public bool IsPredicate { get; set; }

    /// <summary>The mention opens a clause after "that" ("said ... that a pilot of new tills had gone well"): someone the words are about, not who speaks next.</summary>
    public bool OpensThatClause { get; set; }

    public Speaker? Speaker { get; set; }

    public bool Equals(Mention? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => $"{Kind} {Text} {Span}";
}
