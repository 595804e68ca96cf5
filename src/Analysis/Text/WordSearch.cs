namespace Analysis.Text;

/// <summary>
/// Case-ignoring searches for a word in running text, at word starts: how the dating rules find a speaker's name, or
/// the words of their role, in the sentences around a statement.
/// </summary>
public static class WordSearch
{
    /// <summary>
    /// The first case-ignoring occurrence of <paramref name="word"/> at or after <paramref name="from"/> that starts a word
    /// and is followed by at most <paramref name="maxSuffixLetters"/> more letters (0: the whole word; 2: "nurses" for
    /// "nurse"), or -1.
    /// </summary>
    public static int IndexOfWordStart(ReadOnlySpan<char> s, string word, int from = 0, int maxSuffixLetters = 0)
    {
        while (from <= s.Length)
        {
            var offset = IndexIgnoringCase(s[from..], word);
            if (offset < 0) return -1;
            var at = from + offset;
            var end = at + word.Length;
            var suffix = 0;
            while (suffix <= maxSuffixLetters && end + suffix < s.Length && char.IsLetter(s[end + suffix])) suffix++;
            if ((at == 0 || !char.IsLetter(s[at - 1])) && suffix <= maxSuffixLetters) return at;
            from = end;
        }
        return -1;
    }

    /// <summary>
    /// The first case-ignoring (ordinal) occurrence of <paramref name="word"/> in <paramref name="s"/>, or -1: what
    /// <c>IndexOf(word, StringComparison.OrdinalIgnoreCase)</c> gives. With invariant globalization that search compares
    /// the word at every position in turn, and a name is looked for in a few thousand characters around each statement;
    /// so a word opening with an ASCII letter (nearly every name) is looked for by a vectorised search for that letter in
    /// either case, and compared only there. No other character equals an ASCII letter when case is ignored.
    /// </summary>
    public static int IndexIgnoringCase(ReadOnlySpan<char> s, string word)
    {
        var first = word.Length > 0 ? word[0] : '\0';
        if (!char.IsAsciiLetter(first)) return s.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        char lower = char.ToLowerInvariant(first), upper = char.ToUpperInvariant(first);
        for (var at = 0; at + word.Length <= s.Length; at++)
        {
            var offset = s[at..(s.Length - word.Length + 1)].IndexOfAny(lower, upper);
            if (offset < 0) return -1;
            at += offset;
            if (s.Slice(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return at;
        }
        return -1;
    }
}
