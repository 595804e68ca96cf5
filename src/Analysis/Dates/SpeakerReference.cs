using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// How running text refers to a statement's speaker, so the timeline can find the speaker's other reports nearby:
/// <list type="bullet">
/// <item>a proper name by its last word ("Tillerson", "Association" for the Iowa Soybean Growers Association), and a
/// two-word name also by its first ("Abiy" for Abiy Ahmed, whom the text calls by his given name), but not in the
/// possessive ("Ostrowski's campaign said" is the campaign);</item>
/// <item>a generic label ("Israeli official", "senior US administration official") by its head noun only when one of
/// the label's own words or "the" stands just before it ("an Israeli official", "a senior administration official",
/// "the official"): "Omani Foreign Ministry official Salim al-Harthi" is another official;</item>
/// <item>near the statement only, the pronoun its own sentence uses for the speaker ("he said").</item>
/// </list>
/// </summary>
internal sealed class SpeakerReference
{
    private readonly string[] names;
    private readonly string? head;
    private readonly string[] modifiers;

    /// <summary>"he" or "she" when the statement's cue stands beside that pronoun ("he said"); else null.</summary>
    public string? Pronoun { get; }

    private SpeakerReference(string[] names, string? head, string[] modifiers, string? pronoun) =>
        (this.names, this.head, this.modifiers, Pronoun) = (names, head, modifiers, pronoun);

    /// <summary>The references to <paramref name="speaker"/>, whose statement has its cue at <paramref name="cue"/> in <paramref name="text"/>; null when none is usable.</summary>
    public static SpeakerReference? For(string? speaker, string text, TextSpan cue)
    {
        var words = (speaker ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var pronoun = cue.IsEmpty ? null : PronounBeside(text, cue);
        if (words.Length == 0 || words[^1].Length < 3) return pronoun is null ? null : new([], null, [], pronoun);
        var last = words[^1];
        if (!char.IsUpper(last[0])) return new([], last, words[..^1], pronoun);
        string[] names = words.Length == 2 && words[0].Length >= 3 && char.IsUpper(words[0][0]) ? [last, words[0]] : [last];
        return new(names, null, [], pronoun);
    }

    /// <summary>Whether <paramref name="sentence"/> names the speaker (by name or label, not by pronoun).</summary>
    public bool IsNamedIn(ReadOnlySpan<char> sentence)
    {
        foreach (var name in names)
            for (var at = WordSearch.IndexOfWordStart(sentence, name, 0); at >= 0; at = WordSearch.IndexOfWordStart(sentence, name, at + name.Length))
                if (!IsPossessive(sentence, at + name.Length)) return true;
        if (head is null) return false;
        for (var at = WordSearch.IndexOfWordStart(sentence, head, 0); at >= 0; at = WordSearch.IndexOfWordStart(sentence, head, at + head.Length))
            if (WordBefore(sentence, at) is { IsEmpty: false } before && (before.Equals("the", StringComparison.OrdinalIgnoreCase) || IsModifier(before))) return true;
        return false;
    }

    /// <summary>Whether <paramref name="sentence"/> names the speaker or uses the statement's pronoun for them.</summary>
    public bool IsReferredToIn(ReadOnlySpan<char> sentence) =>
        IsNamedIn(sentence) || (Pronoun is { } p && WordSearch.IndexOfWordStart(sentence, p, 0) >= 0);

    /// <summary>Whether "'s" follows the name: "Ostrowski's campaign said" is the campaign speaking, not Ostrowski.</summary>
    private static bool IsPossessive(ReadOnlySpan<char> s, int end) =>
        end + 1 < s.Length && s[end] is '\'' or '’' && s[end + 1] is 's' or 'S';

    private bool IsModifier(ReadOnlySpan<char> word)
    {
        foreach (var m in modifiers)
            if (word.Equals(m, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The pronoun just before the cue ("he said"). One after it is the reported clause's subject more often than the
    /// speaker ("said he would not"), so it is not read.
    /// </summary>
    private static string? PronounBeside(string text, TextSpan cue)
    {
        var before = WordBefore(text, Math.Min(cue.Start, text.Length));
        return before.Equals("he", StringComparison.OrdinalIgnoreCase) ? "he" : before.Equals("she", StringComparison.OrdinalIgnoreCase) ? "she" : null;
    }

    /// <summary>The word ending just before <paramref name="at"/> (past spaces), or empty.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }
}
