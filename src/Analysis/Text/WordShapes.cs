namespace Analysis.Text;

/// <summary>
/// The shapes (first two letters, either case, and length) of a word set's words: a test a few times cheaper than the
/// set's look-up, which hashes the whole word, that turns away most words no set holds. It never turns away a word the
/// set holds, whether the set ignores case or not, so a gate that asks it first answers exactly as the set alone does.
/// </summary>
public sealed class WordShapes
{
    private const int LongWord = 31;

    // A character's class: a letter a-z (either case) is 0-25; any other ASCII character is OtherAscii; the end of a
    // one-character word is NoCharacter. (Two letters tell apart far more words than one: "the", "that", "they" and
    // "told" share a first letter, and a length or two, with many words of the gates.)
    private const int OtherAscii = 26;
    private const int NoCharacter = 27;
    private const int Classes = 28;

    // Bit n of lengthsByStart[first * Classes + second]: a word of the set starts with characters of these classes and
    // has n characters (LongWord for longer ones).
    private readonly uint[] lengthsByStart = new uint[Classes * Classes];
    private readonly bool holdsEmpty;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0) { holdsEmpty = true; continue; }
            uint length = 1u << Math.Min(word.Length, LongWord);
            // A character beyond ASCII may match an ASCII one when case is ignored ("ı" and "I"): then any class may.
            if (word[0] >= 128) { for (int i = 0; i < lengthsByStart.Length; i++) lengthsByStart[i] |= length; continue; }
            int first = ClassOf(word[0]) * Classes;
            if (word.Length > 1 && word[1] >= 128) { for (int second = 0; second < Classes; second++) lengthsByStart[first + second] |= length; continue; }
            lengthsByStart[first + SecondClassOf(word)] |= length;
        }
    }

    /// <summary>False when no word of the set has this word's shape; true when one may (a word beyond ASCII always may).</summary>
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return holdsEmpty;
        if (word[0] >= 128 || (word.Length > 1 && word[1] >= 128)) return true;
        return (lengthsByStart[ClassOf(word[0]) * Classes + SecondClassOf(word)] & (1u << Math.Min(word.Length, LongWord))) != 0;
    }

    private static int SecondClassOf(ReadOnlySpan<char> word) => word.Length > 1 ? ClassOf(word[1]) : NoCharacter;

    private static int ClassOf(char c) => (c | 0x20) is >= 'a' and <= 'z' ? (c | 0x20) - 'a' : OtherAscii;
}
