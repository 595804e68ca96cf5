namespace Analysis.Scoring.StanceRules;

/// <summary>
/// One row of <c>Scoring/Data/stance_phrases.tsv</c>: a word pattern, its weight (-2 hawkish .. +2
/// conciliatory), its kind and why it is there. Pattern parts are lower-case words; "word*" is a prefix;
/// "~" lets up to three words pass. <see cref="CarriesTone"/> is false for a row marked "stance-only": its words are
/// rated by the tone lexicons already ("illegal", "happy to") or have no tone of their own ("ready to", "meet"), so
/// counting the cue in the statement's tone as well would count it twice. (The parts are an array: the matcher reads
/// them at every word of every statement, and an array's indexer is inlined where an interface's is a dispatched call.)
/// </summary>
internal sealed record StancePhrase(string Pattern, string[] Parts, double Weight, StanceKind Kind, string Why, bool CarriesTone = true)
{
    /// <summary>The optional fifth column of a row whose cue counts in stance but not in tone.</summary>
    public const string StanceOnly = "stance-only";

    public const string Gap = "~";
    public const int MaxGap = 3;

    /// <summary>A zero-weight row: an idiom listed only so that it hides a stance word inside it ("a great deal").</summary>
    public bool IsMask => Weight == 0;

    /// <summary>How many words the pattern itself names (longer patterns win overlaps).</summary>
    public int Specificity { get; } = Parts.Count(p => p != Gap);

    public static bool PartMatches(string part, string word) =>
        part.EndsWith('*') ? word.StartsWith(part.AsSpan(0, part.Length - 1), StringComparison.Ordinal) : part == word;
}
