using Analysis.Scoring.StanceRules;

namespace Analysis.Scoring;

/// <summary>
/// What the learned stance fallback (<see cref="StanceFallback"/>) reads of a statement, as named binary features:
/// <c>bias</c>; each word of the quote (<c>w:talks</c>) and each pair of neighbouring words (<c>b:peace talks</c>,
/// punctuation skipped); each word of the reporting cue (<c>c:urged</c>); each rule cue's kind and note with the sign
/// the rules left it (<c>k:Offer:1</c>, <c>n:negated:0</c>); the rules' verdict (<c>r:Neutral</c>) and the sign of the
/// tone (<c>t:-1</c>). One reader for fitting and scoring, so the two never disagree on a name. Keys are composed in a
/// stack buffer and handed to a sink: scoring looks each up without making a string.
/// </summary>
internal static class StanceFallbackFeatures
{
    /// <summary>Where a feature's words are, for evidence: tokens <see cref="First"/>..<see cref="Last"/> of the quote or of the cue; none for the others.</summary>
    public readonly record struct Words(int First, int Last, bool InCue)
    {
        public static Words None { get; } = new(-1, -1, false);

        public bool Any => First >= 0;
    }

    public interface ISink
    {
        void Add(ReadOnlySpan<char> key, Words words);
    }

    /// <summary>Longer keys are skipped (no word that long is common enough to be learned).</summary>
    private const int MaxKey = 96;

    private static readonly string[] Signs = ["-1", "0", "1"];

    // Names by value (both enums run 0..n-1): Enum.ToString boxes, and this is read for every neutral statement.
    private static readonly string[] Kinds = Enum.GetNames<StanceKind>();
    private static readonly string[] Stances = Enum.GetNames<Stance>();

    public static void Read<TSink>(List<ScoringToken> tokens, List<ScoringToken> cueTokens,
        IReadOnlyList<StanceCue> cues, Stance rules, double tone, ref TSink sink) where TSink : ISink
    {
        Span<char> key = stackalloc char[MaxKey];
        sink.Add("bias", Words.None);
        var previous = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            Add(ref sink, key, "w:", tokens[i].Lower, null, null, new Words(i, i, false));
            if (previous >= 0) Add(ref sink, key, "b:", tokens[previous].Lower, " ", tokens[i].Lower, new Words(previous, i, false));
            previous = i;
        }
        for (var i = 0; i < cueTokens.Count; i++)
            if (cueTokens[i].IsWord) Add(ref sink, key, "c:", cueTokens[i].Lower, null, null, new Words(i, i, true));
        for (var c = 0; c < cues.Count; c++)
        {
            var sign = Signs[Math.Sign(cues[c].Weight) + 1];
            Add(ref sink, key, "k:", Kinds[(int)cues[c].Kind], ":", sign, Words.None);
            if (cues[c].Note is { } note) Add(ref sink, key, "n:", note, ":", sign, Words.None);
        }
        Add(ref sink, key, "r:", Stances[(int)rules], null, null, Words.None);
        Add(ref sink, key, "t:", Signs[Math.Sign(Math.Round(tone * 10)) + 1], null, null, Words.None);
    }

    private static void Add<TSink>(ref TSink sink, Span<char> buffer, string prefix, string a, string? b, string? c, Words words) where TSink : ISink
    {
        var length = prefix.Length + a.Length + (b?.Length ?? 0) + (c?.Length ?? 0);
        if (length > buffer.Length) return;
        prefix.CopyTo(buffer);
        a.CopyTo(buffer[prefix.Length..]);
        var at = prefix.Length + a.Length;
        if (b is not null) { b.CopyTo(buffer[at..]); at += b.Length; }
        c?.CopyTo(buffer[at..]);
        sink.Add(buffer[..length], words);
    }

    /// <summary>The distinct feature names of a statement, in the order read: what a fit learns from.</summary>
    public static string[] Names(List<ScoringToken> tokens, List<ScoringToken> cueTokens,
        IReadOnlyList<StanceCue> cues, Stance rules, double tone)
    {
        var sink = new NameSink([], []);
        Read(tokens, cueTokens, cues, rules, tone, ref sink);
        return sink.Names.ToArray();
    }

    private readonly record struct NameSink(List<string> Names, HashSet<string> Seen) : ISink
    {
        public void Add(ReadOnlySpan<char> key, Words words)
        {
            var name = key.ToString();
            if (Seen.Add(name)) Names.Add(name);
        }
    }
}
