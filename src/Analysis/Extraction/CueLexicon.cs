using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Knows the words that report speech: verbs ("said", "warned", "acknowledged"), phrases ("let reporters
/// know", "made it clear", "according to"), participles (", saying", "by tweeting") and their complements
/// ("on Twitter", "in a statement", "as follows"; the object of "told"). Matching looks at a few tokens
/// around one position, so scanning a text is linear.
/// </summary>
public static class CueLexicon
{
    private const int MaxToldObjectWords = 8;

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Verbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "continued", "warned", "warns", "vowed", "vows",
        "acknowledged", "acknowledges", "urged", "urges", "stressed", "stresses", "disclosed", "discloses", "indicated",
        "indicates", "confirmed", "confirms", "explained", "explains", "noted", "insisted", "insists", "argued",
        "argues", "claimed", "announced", "announces", "declared", "declares", "asserted", "asserts", "suggested",
        "predicted", "pledged", "promised", "admitted", "admits", "denied", "denies", "emphasized", "emphasised",
        "emphasizes", "cautioned", "recalled", "replied", "responded", "wrote", "writes", "tweeted", "reiterated",
        "conceded", "complained", "remarked", "revealed", "reveals", "threatened", "maintained", "countered",
        "boasted", "lamented", "estimated", "posted", "repeated", "agreed");

    private static readonly HashSet<string> Participles = Set(
        "saying", "tweeting", "warning", "adding", "noting", "insisting", "arguing", "admitting", "acknowledging",
        "declaring", "stressing", "explaining", "urging", "telling", "writing", "claiming", "vowing", "promising");

    // What may stand before a participle cue so that it reports speech: ", saying", "by tweeting", "and
    // admitting", "a statement saying".
    private static readonly HashSet<string> ParticipleLeads = Set(
        ",", "by", "and", "statement", "tweet", "tweets", "post", "message", "letter", "interview", "while", "before", "after", "video");

    private static readonly HashSet<string> Passive = Set("was", "were", "be", "been", "being", "is", "are", "get", "got");

    private static readonly HashSet<string> Audiences = Set("reporters", "journalists", "the", "press", "media", "us", "everyone", "the world", "world", "people", "Americans", "them", "him", "her");

    private static readonly (string[] Words, bool Tweet)[] Complements =
    [
        (["on", "Twitter"], true), (["on", "X"], true), (["in", "a", "tweet"], true), (["in", "tweets"], true),
        (["on", "social", "media"], true), (["on", "Truth", "Social"], true), (["on", "Facebook"], false),
        (["in", "a", "statement"], false), (["in", "an", "interview"], false), (["in", "a", "post"], false),
        (["as", "follows"], false), (["to", "reporters"], false), (["to", "journalists"], false),
    ];

    /// <summary>The cue starting at token <paramref name="t"/>, or null.</summary>
    public static Cue? Match(TextLayout layout, int t, Sentence sentence)
    {
        if (layout.Quoted[t] || !layout.Tokens[t].IsWord) return null;
        var word = layout.Word(t);
        int end = sentence.EndToken;
        bool previousIsPassive = t > sentence.FirstToken && Passive.Contains(layout.Word(t - 1));

        if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && t + 1 < end && layout.IsWord(t + 1, "to"))
            return Make(layout, t, t + 2, CueForm.According, tweet: false);

        if (word.Equals("let", StringComparison.OrdinalIgnoreCase))
        {
            // "let reporters know", "let the world know"
            for (int j = t + 1; j < end && j <= t + 3; j++)
                if (layout.IsWord(j, "know")) return j > t + 1 && Enumerable.Range(t + 1, j - t - 1).All(k => Audiences.Contains(layout.Word(k))) ? Make(layout, t, j + 1, CueForm.Verb, false) : null;
            return null;
        }

        if (word is "made" or "make" or "makes" && !previousIsPassive)
        {
            if (t + 2 < end && layout.IsWord(t + 1, "it") && layout.IsWord(t + 2, "clear")) return Make(layout, t, t + 3, CueForm.Verb, false);
            if (t + 1 < end && layout.IsWord(t + 1, "clear")) return Make(layout, t, t + 2, CueForm.Verb, false);
            return null;
        }

        if (word is "took" or "takes" && t + 2 < end && layout.IsWord(t + 1, "to") && (layout.IsWord(t + 2, "Twitter") || layout.IsWord(t + 2, "X")))
        {
            // Only when the words follow: "took to Twitter: “...”", not "took to Twitter to undermine ...".
            int next = t + 3;
            bool words = next < end && (layout.IsPunct(next, ',') || layout.IsPunct(next, ':') || IsOpeningQuote(layout, next)
                || (next + 1 < end && layout.IsWord(next, "to") && (layout.IsWord(next + 1, "say") || layout.IsWord(next + 1, "write") || layout.IsWord(next + 1, "declare"))));
            return words ? Make(layout, t, next, CueForm.Verb, tweet: true) : null;
        }

        if (word is "tweets" or "tweet" && t + 1 < end && layout.IsWord(t + 1, "that"))
            return Make(layout, t, t + 1, CueForm.Noun, tweet: true);

        if (Participles.Contains(word) && char.IsLower(word[0]) && t > sentence.FirstToken && ParticipleLeads.Contains(layout.Word(t - 1)))
            return WithComplement(layout, t, end, CueForm.Participle, word.StartsWith("tweet", StringComparison.OrdinalIgnoreCase));

        if (Verbs.Contains(word) && char.IsLower(word[0]) && !previousIsPassive)
        {
            bool tweet = word.StartsWith("tweet", StringComparison.OrdinalIgnoreCase);
            if (word is "told" or "tells") return Make(layout, t, ToldObjectEnd(layout, t + 1, end), CueForm.Verb, tweet);
            return WithComplement(layout, t, end, CueForm.Verb, tweet);
        }
        return null;
    }

    public static bool IsOpeningQuote(TextLayout layout, int t) =>
        !layout.Tokens[t].IsWord && layout.QuoteAt(layout.Tokens[t].Start) is { } q && q.Outer.Start == layout.Tokens[t].Start;

    private static Cue WithComplement(TextLayout layout, int t, int end, CueForm form, bool tweet)
    {
        foreach (var (words, isTweet) in Complements)
        {
            if (t + words.Length >= end + 1) continue;
            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
                match = t + 1 + k < end && layout.IsWord(t + 1 + k, words[k]);
            if (match) return Make(layout, t, t + 1 + words.Length, form, tweet || isTweet);
        }
        return Make(layout, t, t + 1, form, tweet);
    }

    // "told reporters", "told CNN", "told a group of reporters in Beijing": the object runs to "that", a
    // comma, a colon, a quote or the sentence end.
    private static int ToldObjectEnd(TextLayout layout, int from, int end)
    {
        int j = from;
        while (j < end && j < from + MaxToldObjectWords && layout.Tokens[j].IsWord && !layout.Quoted[j] && !layout.IsWord(j, "that")) j++;
        return j < end && j == from + MaxToldObjectWords ? from : j;
    }

    private static Cue Make(TextLayout layout, int first, int endToken, CueForm form, bool tweet) =>
        new(first, endToken, form, tweet, new TextSpan(layout.Tokens[first].Start, layout.Tokens[endToken - 1].End));
}
