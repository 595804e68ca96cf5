using System.Collections.Frozen;
using System.Text;

namespace Analysis.Text;

/// <summary>
/// The fixed word lists of the rules. Frozen sets, because the rules look words up several times per token
/// and never change the lists: a frozen set picks its hashing for the words it holds (often a few characters
/// of each, after a length check that rejects most tokens outright) and looks up about twice as fast as a HashSet.
/// </summary>
public static class WordSet
{
    public static FrozenSet<string> IgnoringCase(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<string> Exact(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The form in which an ASCII word can match <paramref name="word"/> when case is ignored: the word itself when it
    /// is ASCII, its upper case when that is ("ı" is "I"'s lower case), else null (no ASCII word matches it). A
    /// case-ignoring frozen set or dictionary that holds one word beyond ASCII ("gardaí", "António") hashes and compares
    /// every word looked up with Unicode case folding, several times slower than one of ASCII words alone; so the hot
    /// ones keep a second, ASCII-keyed copy of these forms for the ASCII words looked up (nearly all of them).
    /// </summary>
    public static string? AsciiForm(string word) =>
        Ascii.IsValid(word) ? word : word.ToUpperInvariant() is var upper && Ascii.IsValid(upper) ? upper : null;
}
