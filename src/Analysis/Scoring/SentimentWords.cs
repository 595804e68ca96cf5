using System.Collections.Frozen;

namespace Analysis.Scoring;

/// <summary>
/// The closed word classes the sentiment rules look for. Negators, intensifiers and their weights follow
/// VADER (Hutto &amp; Gilbert 2014), with "no", "hardly", "scarcely", "barely" also treated as negators as in
/// later VADER releases, and "nobody" ("nobody wants a confrontation", as "no one" already reads); the polarity shifters ("reduce the risk", "end the war") and the name and sense
/// guards are the project's additions for news text.
/// </summary>
internal static class SentimentWords
{
    /// <summary>Turn the valence of a following word around: "not serious", "no indication", "hasn't worked".</summary>
    public static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet([
        "not", "no", "never", "none", "nothing", "nowhere", "neither", "nor", "without", "cannot", "nobody", "no-one",
        "hardly", "scarcely", "barely", "rarely", "seldom", "nope",
        "aint", "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
        "mightnt", "mustnt", "neednt", "shouldnt", "wasnt", "werent", "wont", "wouldnt",
    ]);

    /// <summary>Negators that deny a noun phrase ("no plans for significant cuts"), whose scope reaches further than "not"'s.</summary>
    public static readonly FrozenSet<string> NounPhraseNegators = FrozenSet.ToFrozenSet(["no", "nobody", "no-one", "none", "nothing", "without"]);

    /// <summary>True for a negator or any "n't" contraction.</summary>
    public static bool IsNegator(string lower) => Negators.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>Negator + word pairs that are idioms, not negations: "no wonder", "not only".</summary>
    public static readonly FrozenSet<string> NonNegatingIdioms = FrozenSet.ToFrozenSet([
        "no wonder", "no doubt", "not only", "no matter", "nothing but",
    ]);

    /// <summary>The first words of <see cref="NonNegatingIdioms"/>: most word pairs are ruled out without building the pair.</summary>
    private static readonly FrozenSet<string> IdiomFirstWords = NonNegatingIdioms.Select(i => i[..i.IndexOf(' ')]).ToFrozenSet();

    /// <summary>Whether "<paramref name="first"/> <paramref name="second"/>" is one of <see cref="NonNegatingIdioms"/>.</summary>
    public static bool IsNonNegatingIdiom(string first, string second) =>
        IdiomFirstWords.Contains(first) && NonNegatingIdioms.Contains(first + " " + second);

    /// <summary>VADER's empirically derived intensity step for a booster ("very") or dampener ("slightly").</summary>
    public const double BoosterStep = 0.293;

    public static readonly FrozenDictionary<string, double> Intensifiers = new Dictionary<string, double>
    {
        // Boosters.
        ["absolutely"] = BoosterStep, ["completely"] = BoosterStep, ["considerably"] = BoosterStep,
        ["decidedly"] = BoosterStep, ["deeply"] = BoosterStep, ["enormously"] = BoosterStep,
        ["entirely"] = BoosterStep, ["especially"] = BoosterStep, ["exceptionally"] = BoosterStep,
        ["extremely"] = BoosterStep, ["fully"] = BoosterStep, ["greatly"] = BoosterStep, ["highly"] = BoosterStep,
        ["hugely"] = BoosterStep, ["incredibly"] = BoosterStep, ["intensely"] = BoosterStep, ["more"] = BoosterStep,
        ["most"] = BoosterStep, ["particularly"] = BoosterStep, ["purely"] = BoosterStep, ["quite"] = BoosterStep,
        ["really"] = BoosterStep, ["remarkably"] = BoosterStep, ["so"] = BoosterStep,
        ["substantially"] = BoosterStep, ["thoroughly"] = BoosterStep, ["totally"] = BoosterStep,
        ["tremendously"] = BoosterStep, ["unbelievably"] = BoosterStep, ["unusually"] = BoosterStep,
        ["utterly"] = BoosterStep, ["very"] = BoosterStep,
        // Dampeners.
        ["almost"] = -BoosterStep, ["less"] = -BoosterStep, ["little"] = -BoosterStep,
        ["marginally"] = -BoosterStep, ["occasionally"] = -BoosterStep, ["partly"] = -BoosterStep,
        ["slightly"] = -BoosterStep, ["somewhat"] = -BoosterStep,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Polarity shifters: acting against something bad is good news ("reduce the risk of cancer", "end the
    /// war", "prevent a conflict", "ease tensions"). A negative word after one of these, in the same clause,
    /// is turned around and dampened.
    /// </summary>
    public static readonly FrozenSet<string> Shifters = FrozenSet.ToFrozenSet([
        "reduce", "reduces", "reduced", "reducing", "cut", "cuts", "cutting", "decrease", "decreases", "decreased",
        "end", "ends", "ended", "ending", "stop", "stops", "stopped", "stopping", "prevent", "prevents",
        "prevented", "preventing", "fight", "fights", "fighting", "combat", "combating", "curb", "curbs",
        "curbed", "eliminate", "eliminates", "eliminated", "eliminating", "ease", "eased", "easing", "relieve",
        "relieved", "relieving", "overcome", "overcame", "avoid", "avoided", "avoiding", "fewer", "lower",
        "lowered", "lowering", "ban", "banned", "banning", "halt", "halted", "solve", "solved", "solving",
        "resolve", "resolved", "defeat", "defeated", "against", "protect", "protecting", "protects", "protection",
        "defuse", "defused", "averting", "avert", "averted",
    ]);

    /// <summary>Contrast: the clause after "but" carries the speaker's point (VADER weighs it 1.5, the one before 0.5).</summary>
    public static readonly FrozenSet<string> Contrast = FrozenSet.ToFrozenSet(["but", "however", "yet"]);

    /// <summary>Words before "like" that make it the verb (I like, would like, don't like) rather than the preposition.</summary>
    public static readonly FrozenSet<string> LikeAsVerbAfter = FrozenSet.ToFrozenSet([
        "i", "you", "we", "they", "he", "she", "it", "who", "would", "'d", "to", "do", "does", "did", "not",
        "really", "also", "i'd", "we'd", "you'd", "they'd",
    ]);

    /// <summary>Words after which "well" is a degree adverb, not approval: "well above", "well over", "well short of".</summary>
    public static readonly FrozenSet<string> AfterWellAsDegree = FrozenSet.ToFrozenSet([
        "above", "below", "over", "under", "beyond", "before", "after", "ahead", "behind", "into", "within", "past", "short",
    ]);

    /// <summary>Besides <see cref="Determiners"/>, words before which "well" is the noun: "my well", "oil well".</summary>
    public static readonly FrozenSet<string> BeforeWellAsNoun = FrozenSet.ToFrozenSet([
        "my", "our", "his", "her", "their", "your", "its", "oil", "gas", "water",
    ]);

    /// <summary>Determiners that make "kind" the noun ("this kind of") rather than the adjective.</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet([
        "a", "an", "the", "this", "that", "these", "those", "what", "any", "some", "every", "same", "one", "no", "such",
    ]);

    /// <summary>
    /// Closed-class words with no tone of their own (articles, pronouns, prepositions, conjunctions, forms of be,
    /// have and do): they get no learned valence, since what a fit would give them is only a trace of sentence
    /// length. Modal verbs ("should", "could") are not here: in editorials they carry a stance.
    /// </summary>
    public static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet([
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "either",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what", "there",
        "here", "one", "ones", "itself", "himself", "herself", "themselves", "ourselves",
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "upon", "about", "over", "under",
        "after", "before", "between", "among", "through", "during", "since", "until", "within", "across", "per",
        "than", "as", "via", "toward", "towards",
        "and", "or", "if", "because", "while", "when", "where", "whether", "then", "so", "also",
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "it's", "that's", "there's", "he's", "she's",
        "have", "has", "had", "having", "do", "does", "did", "done",
    ]);
}
