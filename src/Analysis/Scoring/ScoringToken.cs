namespace Analysis.Scoring;

/// <summary>
/// A word or punctuation mark of a statement, with its place in the original text so that evidence can
/// quote the words verbatim. <see cref="Lower"/> folds case and typographic apostrophes (’ → ').
/// </summary>
internal readonly record struct ScoringToken(string Text, string Lower, int Start, bool IsWord)
{
    /// <summary>Where the token ends: its text is the original's, so no field is needed (a statement makes dozens of tokens).</summary>
    public int End => Start + Text.Length;

    public bool IsAllCaps => IsWord && Text.Length > 1 && HasLetter(Text) && !HasLower(Text);

    // Plain loops, not LINQ over the string: asked of every word, and LINQ allocates an enumerator each time.
    internal static bool HasLetter(string text)
    {
        foreach (var c in text) if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool HasLower(string text)
    {
        foreach (var c in text) if (char.IsLower(c)) return true;
        return false;
    }

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    /// <summary>Ends a sentence (. ! ?).</summary>
    public bool EndsSentence => !IsWord && Text is "." or "!" or "?" or "…";

    /// <summary>Ends a clause: a sentence end or ; : — scope of negation and intensifiers stops here.</summary>
    public bool EndsClause => !IsWord && Text is "." or "!" or "?" or "…" or ";" or ":" or "–" or "—";

    public bool IsComma => !IsWord && Text == ",";
}
