namespace Analysis.Text;

/// <summary>
/// The shapes (first letter, either case, and length) of a word set's words: a test a few times cheaper than the set's
/// look-up, which hashes the whole word, that turns away most words no set holds. It never turns away a word the set
/// holds, whether the set ignores case or not, so a gate that asks it first answers exactly as the set alone does.
/// </summary>
public sealed class WordShapes
{
    private const int LongWord = 31;

    // Bit n of LengthsByFirst[c]: a word of the set starts with the ASCII character c (letters lower-cased) and has n
    // characters (LongWord for longer ones).
    private readonly uint[] lengthsByFirst = new uint[128];
    private readonly bool holdsEmpty;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0) { holdsEmpty = true; continue; }
            // A first character beyond ASCII may match an ASCII one when case is ignored ("ı" and "I"): then any shape may be held.
            if (word[0] >= 128) { Array.Fill(lengthsByFirst, uint.MaxValue); continue; }
            lengthsByFirst[Fold(word[0])] |= 1u << Math.Min(word.Length, LongWord);
        }
    }

    /// <summary>False when no word of the set has this word's shape; true when one may (a word beyond ASCII always may).</summary>
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return holdsEmpty;
        char first = word[0];
        return first >= 128 || (lengthsByFirst[Fold(first)] & (1u << Math.Min(word.Length, LongWord))) != 0;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
