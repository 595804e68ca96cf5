using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// How a report can speak of a speaker before it names them: by the words of the role the statement gives them. A
/// quote's sentence that introduces "Anna Ruatapu, a staff nurse" or "field office director Raymond Koenig" often
/// follows a report of the same occasion that named only the role or the group ("nurses coming off the shift said
/// ...", "the head of ICE's Detroit field office said ..."). The role's words of four letters or more are matched as
/// word starts, so a plural ("nurses") counts.
/// </summary>
internal sealed class RoleReference
{
    private readonly string[] words;

    private RoleReference(string[] words) => this.words = words;

    /// <summary>
    /// The role's words, when the speaker has a name of their own and the role stands in the cue's sentence (the
    /// speaker's introduction); else null. A speaker known only by a role ("senior administration official") is a
    /// label, not an introduction.
    /// </summary>
    public static RoleReference? For(string? speaker, string? role, ReadOnlySpan<char> cueSentence)
    {
        if (string.IsNullOrWhiteSpace(role) || string.IsNullOrWhiteSpace(speaker) || !char.IsUpper(speaker[0])
            || speaker.Contains(role, StringComparison.OrdinalIgnoreCase) || cueSentence.IndexOf(role, StringComparison.OrdinalIgnoreCase) < 0) return null;
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && char.IsLower(w[0])).ToArray();
        return words.Length == 0 ? null : new(words);
    }

    /// <summary>Whether <paramref name="sentence"/> has a word starting with one of the role's words and at most two letters longer ("nurses" for "nurse").</summary>
    public bool IsReferredToIn(ReadOnlySpan<char> sentence)
    {
        foreach (var word in words)
            if (WordSearch.IndexOfWordStart(sentence, word, maxSuffixLetters: 2) >= 0) return true;
        return false;
    }
}
