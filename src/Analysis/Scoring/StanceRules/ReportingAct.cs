using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// The reporting verb as an event code (CAMEO): what the speaker did in saying it. "Accused", "condemned",
/// "dismissed", "fumed" are conflictual acts whatever the quoted words; "welcomed", "praised", "appealed for" are
/// cooperative ones. "Called the deal a historic mistake", "described the talks as constructive" name something, and
/// the name's tone says which way. The act is a weak cue added to the quote's own (<see cref="Weight"/>): it decides a
/// statement whose words are neutral, and a strong quote outweighs it. A cue that turns ("condemned the threat, but
/// said") or that holds no verb of the kinds below adds nothing.
/// </summary>
internal sealed record ReportingAct(string Verb, ReportingActKind Kind)
{
    /// <summary>Just over the stance threshold on its own (tanh 0.35 = 0.34): an act decides a neutral quote, no more.</summary>
    public const double Weight = 0.35;

    /// <summary>Each act verb with its kind, matched ignoring case.</summary>
    private static readonly FrozenDictionary<string, ReportingActKind>.AlternateLookup<ReadOnlySpan<char>> Verbs = Build();

    private static FrozenDictionary<string, ReportingActKind>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var verbs = new Dictionary<string, ReportingActKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in (string[])[
            "accused", "accuses", "accusing", "condemned", "condemns", "condemning", "denounced", "denounces", "denouncing",
            "dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting", "fumed", "fumes", "blasted", "blasts",
            "slammed", "slams", "threatened", "threatens", "threatening", "demanded", "demands", "demanding", "blamed",
            "blames", "blaming", "lashed", "scoffed", "ridiculed", "mocked", "derided", "attacked", "attacks"])
            verbs[verb] = ReportingActKind.Conflictual;
        foreach (var verb in (string[])[
            "welcomed", "welcomes", "welcoming", "praised", "praises", "praising", "hailed", "hails", "appealed", "appeals",
            "appealing", "thanked", "thanks", "pleaded", "pleads", "begged", "offered", "offers"])
            verbs[verb] = ReportingActKind.Cooperative;
        // Verbs that name their object ("called the deal", "described the lockout as"): the quote is the name.
        foreach (var verb in (string[])["called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "labelled", "labeled"])
            verbs[verb] = ReportingActKind.Naming;
        return verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>After a naming verb, words that make it a call, not a name: "called on", "called for".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallParticles =
        FrozenSet.ToFrozenSet(["on", "for", "upon"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Contrast =
        SentimentWords.Contrast.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The act of <paramref name="cue"/> ("had accused", "called the plan", "dismissed the summit as"), or null. Read word by
    /// word in place: every extracted statement has a cue, and most are a plain "said".
    /// </summary>
    public static ReportingAct? Of(string? cue)
    {
        if (string.IsNullOrWhiteSpace(cue)) return null;
        ReportingAct? act = null;
        var rest = cue.AsSpan();
        var afterNaming = false;
        while (NextWord(ref rest) is { Length: > 0 } word)
        {
            if (Contrast.Contains(word)) return null; // "condemned the threat, but said": the act is not this quote's
            if (afterNaming && CallParticles.Contains(word)) act = null; // "called on", "called for": a call, not a name
            afterNaming = false;
            if (act is not null || !Verbs.TryGetValue(word, out var kind)) continue;
            act = new ReportingAct(word.ToString(), kind);
            afterNaming = kind == ReportingActKind.Naming;
        }
        return act;
    }

    /// <summary>The next run of letters (with inner apostrophes) in <paramref name="rest"/>, which moves past it; empty at the end.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        var start = 0;
        while (start < rest.Length && !char.IsLetter(rest[start])) start++;
        var end = start;
        while (end < rest.Length && (char.IsLetter(rest[end]) || (rest[end] is '\'' or '’' && end + 1 < rest.Length && char.IsLetter(rest[end + 1])))) end++;
        var word = rest[start..end];
        rest = rest[end..];
        return word;
    }

    /// <summary>
    /// The act's stance weight given the quote's <paramref name="tone"/>: a name takes the sign of its tone, and a name
    /// without tone counts for nothing. (A warning was tried as a threat when it reports what follows a condition,
    /// "warned there would be trouble if ...": on the development golds it gained as many statements as it lost.)
    /// </summary>
    public double WeightGiven(double tone) => Kind switch
    {
        ReportingActKind.Conflictual => -Weight,
        ReportingActKind.Cooperative => Weight,
        _ => tone < -SentimentCalibration.NeutralBand ? -Weight : tone > SentimentCalibration.NeutralBand ? Weight : 0,
    };
}

internal enum ReportingActKind
{
    Conflictual,
    Cooperative,
    Naming,
}
