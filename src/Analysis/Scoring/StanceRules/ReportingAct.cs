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

    private static readonly FrozenSet<string> Conflictual = FrozenSet.ToFrozenSet([
        "accused", "accuses", "accusing", "condemned", "condemns", "condemning", "denounced", "denounces", "denouncing",
        "dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting", "fumed", "fumes", "blasted", "blasts",
        "slammed", "slams", "threatened", "threatens", "threatening", "demanded", "demands", "demanding", "blamed", "blames",
        "blaming", "lashed", "scoffed", "ridiculed", "mocked", "derided", "attacked", "attacks",
    ]);

    private static readonly FrozenSet<string> Cooperative = FrozenSet.ToFrozenSet([
        "welcomed", "welcomes", "welcoming", "praised", "praises", "praising", "hailed", "hails", "appealed", "appeals",
        "appealing", "thanked", "thanks", "pleaded", "pleads", "begged", "offered", "offers",
    ]);

    /// <summary>Verbs that name their object ("called the deal", "described the lockout as"): the quote is the name.</summary>
    private static readonly FrozenSet<string> Naming = FrozenSet.ToFrozenSet([
        "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "labelled", "labeled",
    ]);

    /// <summary>After a naming verb, words that make it a call, not a name: "called on", "called for".</summary>
    private static readonly FrozenSet<string> CallParticles = FrozenSet.ToFrozenSet(["on", "for", "upon"]);

    /// <summary>The act of <paramref name="cue"/> ("had accused", "called the plan", "dismissed the summit as"), or null.</summary>
    public static ReportingAct? Of(string? cue)
    {
        if (string.IsNullOrWhiteSpace(cue)) return null;
        var words = ScoringTokenizer.Tokenize(cue);
        ReportingAct? act = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].IsWord) continue;
            var word = words[i].Lower;
            if (SentimentWords.Contrast.Contains(word)) return null; // "condemned the threat, but said": the act is not this quote's
            if (act is not null) continue;
            if (Conflictual.Contains(word)) act = new(words[i].Text, ReportingActKind.Conflictual);
            else if (Cooperative.Contains(word)) act = new(words[i].Text, ReportingActKind.Cooperative);
            else if (Naming.Contains(word) && !(i + 1 < words.Count && CallParticles.Contains(words[i + 1].Lower)))
                act = new(words[i].Text, ReportingActKind.Naming);
        }
        return act;
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
