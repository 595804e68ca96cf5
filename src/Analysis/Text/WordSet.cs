using System.Collections.Frozen;

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
}
