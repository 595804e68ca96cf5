using System.Collections.Frozen;
using Analysis.Speakers;
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

    private static FrozenSet<string> Set(params string[] words) => WordSet.IgnoringCase(words);

    private static readonly FrozenSet<string> Verbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "continued", "warned", "warns", "vowed", "vows",
        "acknowledged", "acknowledges", "urged", "urges", "stressed", "stresses", "disclosed", "discloses", "indicated",
        "indicates", "confirmed", "confirms", "explained", "explains", "noted", "insisted", "insists", "argued",
        "argues", "claimed", "announced", "announces", "declared", "declares", "asserted", "asserts", "suggested",
        "predicted", "pledged", "promised", "admitted", "admits", "denied", "denies", "emphasized", "emphasised",
        "emphasizes", "cautioned", "recalled", "replied", "responded", "wrote", "writes", "tweeted", "reiterated",
        "conceded", "complained", "remarked", "revealed", "reveals", "threatened", "maintained", "countered",
        "boasted", "lamented", "estimated", "posted", "repeated", "interjected", "quipped", "contended", "observed", "agreed", "accused", "accuses", "retorted", "conceded");

    private static readonly FrozenSet<string> Participles = Set(
        "saying", "tweeting", "warning", "adding", "noting", "insisting", "arguing", "admitting", "acknowledging",
        "declaring", "stressing", "explaining", "urging", "telling", "writing", "claiming", "vowing", "promising");

    // What may stand before a participle cue so that it reports speech: ", saying", "by tweeting", "and
    // admitting", "a statement saying", "quoted as saying".
    private static readonly FrozenSet<string> ParticipleLeads = Set(
        ",", "by", "and", "statement", "tweet", "tweets", "post", "message", "letter", "interview", "while", "before", "after", "video",
        // "issued a clarification saying", "sent a memo warning": the other documents a speaker gives out.
        "clarification", "communique", "communiqué", "notice", "release", "note", "memo", "email", "e-mail", "declaration", "bulletin",
        "advisory", "announcement", "speech", "address", "editorial", "commentary", "posting", "circular",
        // "Kim was quoted by KCNA as saying", "was cited as saying"
        "as");

    private static readonly FrozenSet<string> Passive = Set("was", "were", "be", "been", "being", "is", "are", "get", "got");

    private static readonly FrozenSet<string> Audiences = Set("reporters", "journalists", "the", "press", "media", "us", "everyone", "the world", "world", "people", "Americans", "them", "him", "her");

    // Longer complements first: "in a post on X" is a post on a platform, "in a post" alone may be a blog. A post on
    // any social platform counts as a tweet.
    private static readonly (string[] Words, bool Tweet)[] Complements =
    [
        (["in", "a", "post", "on", "X"], true), (["in", "a", "post", "on", "Twitter"], true), (["in", "a", "post", "on", "Facebook"], true),
        (["in", "a", "post", "on", "Instagram"], true), (["in", "a", "post", "on", "Truth", "Social"], true), (["in", "a", "Facebook", "post"], true),
        (["on", "Twitter"], true), (["on", "X"], true), (["in", "a", "tweet"], true), (["in", "tweets"], true),
        (["on", "social", "media"], true), (["on", "Truth", "Social"], true), (["on", "Facebook"], true), (["on", "Instagram"], true),
        (["on", "Telegram"], true), (["on", "Bluesky"], true),
        (["in", "a", "statement"], false), (["in", "an", "interview"], false), (["in", "a", "post"], false),
        (["as", "follows"], false), (["to", "reporters"], false), (["to", "journalists"], false),
    ];

    // The first words of the cues that are no plain verb, participle or naming verb, one set per rule as the rule tests
    // it ("according to", "let reporters know", "made it clear", "took to Twitter", "shot back", "called on X to",
    // "tweets that", "asked", "reported that", "and blamed"); the phrasal verbs in lower case only.
    private static readonly FrozenSet<string> According = Set("according");
    private static readonly FrozenSet<string> Let = Set("let");
    private static readonly FrozenSet<string> MadeClear = WordSet.Exact("made", "make", "makes");
    private static readonly FrozenSet<string> TookTo = WordSet.Exact("took", "takes");
    private static readonly FrozenSet<string> ShotBack = WordSet.Exact("shot", "hit", "fired");
    private static readonly FrozenSet<string> TweetNoun = WordSet.Exact("tweets", "tweet");
    private static readonly FrozenSet<string> Asked = WordSet.Exact("asked", "asks");
    private static readonly FrozenSet<string> Reported = WordSet.Exact("reported", "reports");
    private static readonly FrozenSet<string> Blamed = WordSet.Exact("blamed", "blames");

    // Verbs of manner that report words only when a colon hands them a quote ("fumed: “...”", "begged Tehran: “...”");
    // alone ("fumed about the delay", "stormed out") they tell of a mood or an act.
    private static readonly FrozenSet<string> ColonVerbs = WordSet.Exact(
        "blasted", "blasts", "fumed", "fumes", "raged", "rages", "stormed", "storms", "snapped", "snaps", "thundered", "roared",
        "seethed", "begged", "begs", "pleaded", "pleads", "demanded", "demands", "exclaimed", "shouted", "yelled", "screamed",
        "cried", "sobbed", "wept", "gushed", "beamed", "joked", "jokes", "laughed", "sighed", "raved", "hissed", "groaned");

    /// <summary>The cue starting at token <paramref name="t"/>, or null.</summary>
    public static Cue? Match(TextLayout layout, int t, Sentence sentence)
    {
        if (layout.Quoted[t] || !layout.Tokens[t].IsWord) return null;
        if (!CueStartShapes.MayHold(layout.Span(t)) || !CueStartsBySpan.Contains(layout.Span(t))) return null;
        return MatchWithoutGate(layout, t, sentence);
    }

    /// <summary><see cref="Match"/> without the start-word gate (internal: tests check that the gate turns away no cue).</summary>
    internal static Cue? MatchWithoutGate(TextLayout layout, int t, Sentence sentence)
    {
        if (layout.Quoted[t] || !layout.Tokens[t].IsWord) return null;
        var word = layout.Word(t);
        int end = sentence.EndToken;
        // Matching runs at every token and almost none is a cue: the cheap tests come first, and the previous
        // word is looked up only for a word that could be a cue.
        bool PreviousIsPassive() => t > sentence.FirstToken && Passive.Contains(layout.Word(t - 1));

        if (According.Contains(word) && t + 1 < end && layout.IsWord(t + 1, "to"))
            return Make(layout, t, t + 2, CueForm.According, tweet: false);

        if (Let.Contains(word)) return LetKnow(layout, t, end);

        if (MadeClear.Contains(word) && !PreviousIsPassive())
        {
            if (t + 2 < end && layout.IsWord(t + 1, "it") && layout.IsWord(t + 2, "clear")) return Make(layout, t, t + 3, CueForm.Verb, false);
            if (t + 1 < end && layout.IsWord(t + 1, "clear")) return Make(layout, t, t + 2, CueForm.Verb, false);
            return null;
        }

        if (TookTo.Contains(word) && t + 2 < end && layout.IsWord(t + 1, "to") && (layout.IsWord(t + 2, "Twitter") || layout.IsWord(t + 2, "X")))
        {
            // Only when the words follow: "took to Twitter: “...”", not "took to Twitter to undermine ...".
            int next = t + 3;
            bool words = next < end && (layout.IsPunct(next, ',') || layout.IsPunct(next, ':') || IsOpeningQuote(layout, next)
                || (next + 1 < end && layout.IsWord(next, "to") && (layout.IsWord(next + 1, "say") || layout.IsWord(next + 1, "write") || layout.IsWord(next + 1, "declare"))));
            return words ? Make(layout, t, next, CueForm.Verb, tweet: true) : null;
        }

        // "shot back that", "hit back at": a phrasal verb of reply.
        if (ShotBack.Contains(word) && !PreviousIsPassive() && t + 1 < end && layout.IsWord(t + 1, "back"))
            return Make(layout, t, t + 2, CueForm.Verb, tweet: false);

        // "called on both sides to “...”", "appealed to both governments to ...": an appeal, reported like "urged"; its words
        // start at the ones appealed to.
        if (Appeals.OwnCueWords.Contains(word) && char.IsLower(word[0]) && !PreviousIsPassive() && Appeals.ObjectStart(layout, t, end) is var appealed and > 0)
            return Make(layout, t, appealed, CueForm.Verb, tweet: FrontedPlatform(layout, sentence.FirstToken, t));

        if (char.IsLower(word[0]) && Naming.Contains(word) && !PreviousIsPassive())
            return QuotedObject(layout, t, end, CueForm.Verb) ?? QuotedAfterAs(layout, t, end);

        // `blasted the checks as "politically motivated bullying"`, `hailed the deal as a “turning point”`: a verb of judgement
        // whose quoted object follows "as" reports those words; without the quote ("hailed the deal") it tells of a reaction.
        if (char.IsLower(word[0]) && JudgingAs.Contains(word) && !PreviousIsPassive() && QuotedAfterAs(layout, t, end) is { } judged)
            return judged;

        // "..., calling the two issues “separate but adjacent”": a naming participle after a comma reports its subject's words; so
        // does one after a document ("issued a statement calling the ruling “...”") or on "with" and its subject ("with the mayor
        // calling the order “a failure”").
        if (NamingParticiples.Contains(word) && t > sentence.FirstToken && (layout.IsPunct(t - 1, ',') || ClosesWithComma(layout, t - 1) || ParticipleLeads.Contains(layout.Word(t - 1)) || FollowsWith(layout, t, sentence)))
            return QuotedObject(layout, t, end, CueForm.Participle);

        if (TweetNoun.Contains(word) && t + 1 < end && layout.IsWord(t + 1, "that"))
            return Make(layout, t, t + 1, CueForm.Noun, tweet: true);

        if (char.IsLower(word[0]) && Participles.Contains(word) && t > sentence.FirstToken && (ParticipleLeads.Contains(layout.Word(t - 1)) || ClosesWithComma(layout, t - 1) || FollowsWith(layout, t, sentence)
                // "had written to the ministry warning that ...": a participle of saying with its "that" needs no comma.
                || t + 1 < end && layout.IsWord(t + 1, "that")))
            return WithComplement(layout, t, end, CueForm.Participle, word.StartsWith("tweet", StringComparison.OrdinalIgnoreCase) || PlatformJustBefore(layout, t, sentence.FirstToken));

        // "“..., but why should I walk?” asked Beatrice Achieng", "she asked: “...”": a question reported as words only with
        // its quote ("asked him to leave" asks for an act).
        // "asked the board to delay the vote" is an appeal, reported like "urged" (its words start at the ones asked).
        if (Asked.Contains(word))
            return !PreviousIsPassive() && (QuoteJustBefore(layout, t, sentence.FirstToken) || QuoteFollows(layout, t + 1, end) || AppealsTo(layout, t + 1, end)) ? Make(layout, t, t + 1, CueForm.Verb, tweet: false) : null;

        // "state media reported that ...": a report of words only with its "that" ("reported a loss" is a figure).
        if (Reported.Contains(word))
            return !PreviousIsPassive() && t + 1 < end && layout.IsWord(t + 1, "that") ? Make(layout, t, t + 1, CueForm.Verb, tweet: false) : null;

        // "... says the two sides agreed to a ceasefire and blamed Kyrgyz troops for ...": blame is a statement of its own
        // after another report; alone ("blamed the weather") it is the writer's summary.
        if (Blamed.Contains(word))
            return t > sentence.FirstToken && (layout.IsWord(t - 1, "and") || layout.IsWord(t - 1, "but")) ? Make(layout, t, t + 1, CueForm.Verb, tweet: false) : null;

        if (ColonVerbs.Contains(word) && !PreviousIsPassive() && ColonBeforeQuote(layout, t + 1, end) is var colon && colon > 0)
            return Make(layout, t, colon, CueForm.Verb, tweet: false);
        // `“...,” Sheehan fumed.`: after the quote it hands over to, a verb of manner reports it too.
        if (ColonVerbs.Contains(word) && !PreviousIsPassive() && QuoteHandedOverJustBefore(layout, t, sentence.FirstToken))
            return Make(layout, t, t + 1, CueForm.Verb, tweet: false);

        if (char.IsLower(word[0]) && Verbs.Contains(word) && !PreviousIsPassive())
        {
            // "Marsh added his second of the night", "added another goal": adding a thing, not words.
            if (word is "added" or "adds" && t + 1 < end && layout.Tokens[t + 1].IsWord && (AddedThings.Contains(layout.Word(t + 1)) || char.IsDigit(layout.Text[layout.Tokens[t + 1].Start]))) return null;
            // "posted pictures of the leaders": a post reports words only with its platform, a colon, a quote or "that".
            if (word is "posted" or "posts" && t + 1 < end && layout.Tokens[t + 1].IsWord && !layout.Quoted[t + 1] && !layout.IsWord(t + 1, "on") && !layout.IsWord(t + 1, "that")) return null;
            // "agreed to allow observers", "agreed on Tuesday to a takeover": an undertaking or an act, not words ("agreed that ..." is).
            // ("“Yes,” agreed the chairman": after its words the verb is inverted, and "the" starts its subject.)
            // ("said he agreed with them": agreeing with someone is a view the sentence reports, not a cue of its own.)
            if (word is "agreed" or "agrees" && t + 1 < end && layout.IsWord(t + 1, "with")) return null;
            if (word is "agreed" or "agrees" && (AgreesTo(layout, t + 1, end) || t + 1 < end && layout.Tokens[t + 1].IsWord && !layout.Quoted[t + 1] && AgreedThings.Contains(layout.Word(t + 1))
                && !(t > sentence.FirstToken && (layout.IsPunct(t - 1, ',') || QuoteJustBefore(layout, t, t - 1))))) return null;
            // "did not say who he meant", "has not said how long", "declined to say": no words were reported.
            if (IsNegated(layout, t, sentence.FirstToken)) return null;
            // "has said almost nothing in public", "said little": a report that there were no words.
            if (word is "said" or "says" or "say" && SaysNothing(layout, t + 1, end)) return null;
            bool tweet = word.StartsWith("tweet", StringComparison.OrdinalIgnoreCase) || FrontedPlatform(layout, sentence.FirstToken, t);
            if (word is "told" or "tells") return Make(layout, t, ToldInfinitive(layout, t + 1, end) ? t + 1 : ToldObjectEnd(layout, t + 1, end), CueForm.Verb, tweet);
            return WithComplement(layout, t, end, CueForm.Verb, tweet);
        }
        return null;
    }

    // "praised the rule on X, writing: “...”", "replied on Facebook, saying ...": the platform named just before the participle
    // is where the words were posted.
    private static bool PlatformJustBefore(TextLayout layout, int t, int first) =>
        t - 3 >= first && layout.IsPunct(t - 1, ',') && layout.IsWord(t - 3, "on") && (Platforms.Contains(layout.Word(t - 2)) || layout.IsWord(t - 2, "X"));

    private const int MaxFrontedWords = 10;

    private static readonly FrozenSet<string> Platforms = WordSet.Exact("Twitter", "Facebook", "Instagram", "Telegram", "Bluesky", "TikTok", "Weibo", "tweet");

    // "On Twitter, the MP called on ...", "In a tweet, the agency warned ...", "In a post on the camp's Facebook page late Tuesday, organizers wrote:": the
    // platform, named in the phrase opening the sentence, is where the words were posted.
    private static bool FrontedPlatform(TextLayout layout, int first, int cue)
    {
        if (!(layout.IsWord(first, "On") || layout.IsWord(first, "In"))) return false;
        bool platform = false;
        for (int j = first + 1; j < cue && j <= first + MaxFrontedWords; j++)
        {
            if (layout.IsPunct(j, ',')) return platform;
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return false;
            platform |= Platforms.Contains(MentionFinder.StripPossessive(layout.Word(j)).Word);   // "the camp's Facebook page"
        }
        return false;
    }

    private const int MaxAskedObjectWords = 4;

    private static readonly FrozenSet<string> NotAskedObjects = WordSet.Exact("to", "not", "for", "about", "if", "whether", "why", "how", "what", "who", "when", "where", "that");

    // "asked the board to delay", "asked ministers to “think again”": a short object, then "to" and a verb or a quote.
    private static bool AppealsTo(TextLayout layout, int from, int end)
    {
        if (from >= end || !layout.Tokens[from].IsWord || layout.Quoted[from] || NotAskedObjects.Contains(layout.Word(from))) return false;
        for (int j = from + 1; j < end - 1 && j <= from + MaxAskedObjectWords; j++)
        {
            if (layout.IsWord(j, "to")) return IsOpeningQuote(layout, j + 1) || layout.Tokens[j + 1].IsWord && !layout.Quoted[j + 1] && char.IsLower(layout.Text[layout.Tokens[j + 1].Start]) && !layout.IsWord(j + 1, "the");
            if (!layout.Tokens[j].IsWord || layout.Quoted[j] || ObjectLinks.Contains(layout.Word(j))) return false;
        }
        return false;
    }

    private const int MaxColonObjectWords = 3;

    // The colon after a verb and a short object ("begged Tehran:", "fumed:") with a quote right after it; or -1.
    private static int ColonBeforeQuote(TextLayout layout, int from, int end)
    {
        for (int j = from; j < end - 1 && j <= from + MaxColonObjectWords; j++)
        {
            if (layout.IsPunct(j, ':')) return IsOpeningQuote(layout, j + 1) ? j : -1;
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return -1;
        }
        return -1;
    }

    // "let reporters know", "let the world know". (Its own method: a lambda in Match capturing the layout would
    // make Match allocate a closure at every token.)
    private static Cue? LetKnow(TextLayout layout, int t, int end)
    {
        for (int j = t + 1; j < end && j <= t + 3; j++)
            if (layout.IsWord(j, "know")) return j > t + 1 && Enumerable.Range(t + 1, j - t - 1).All(k => Audiences.Contains(layout.Word(k))) ? Make(layout, t, j + 1, CueForm.Verb, false) : null;
        return null;
    }

    // Verbs that, coordinated after a reported clause ("... and accused them of ...", "... but said ..."), start
    // a statement of their own; others ("and urged them to ...") continue the same report.
    private static readonly FrozenSet<string> CoordinatedStatementVerbs = Set(
        "said", "says", "added", "adds", "accused", "accuses", "warned", "warns", "insisted", "insists", "argued", "argues", "told", "tells");

    private const int MaxAgreedTimeWords = 3;

    // "agreed a ceasefire", "agreed the terms": an agreement reached, not words.
    private static readonly FrozenSet<string> AgreedThings = WordSet.Exact("a", "an", "the", "its", "their", "his", "her", "new");

    private static readonly FrozenSet<string> Refusals = Set("declined", "refused", "failed", "decline", "refuse", "refuses", "declines");

    private static bool IsNegated(TextLayout layout, int t, int first)
    {
        if (t - 1 < first || !layout.Tokens[t - 1].IsWord || layout.Quoted[t - 1]) return false;
        var before = layout.Word(t - 1);
        if (before is "not" or "never" || before.EndsWith("n't", StringComparison.Ordinal) || before.EndsWith("n\u2019t", StringComparison.Ordinal)) return true;
        return before == "to" && t - 2 >= first && layout.Tokens[t - 2].IsWord && Refusals.Contains(layout.Word(t - 2));
    }

    private static bool SaysNothing(TextLayout layout, int k, int end)
    {
        if (k < end && layout.Tokens[k].IsWord && layout.Word(k) is "almost" or "very" or "next" or "virtually") k++;
        return k < end && layout.Tokens[k].IsWord && !layout.Quoted[k] && layout.Word(k) is "nothing" or "little";
    }

    private static bool AgreesTo(TextLayout layout, int from, int end)
    {
        for (int j = from; j < end && j <= from + MaxAgreedTimeWords && layout.Tokens[j].IsWord && !layout.Quoted[j] && !layout.IsWord(j, "that"); j++)
            if (layout.IsWord(j, "to")) return true;
        return false;
    }

    // Verbs of saying that, coordinated after a reported clause with a subject of its own ("said the results were
    // good and urged the FDA to ...", "said the deal was a first step but acknowledged that ..."), can only go back to
    // the speaker: results do not urge. After "said he had spoken to them and urged them to ..." they may belong to
    // the reported clause, so the caller checks the clause's subject.
    private static readonly FrozenSet<string> SecondReportVerbs = Set(
        "urged", "urges", "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "cautioned", "stressed", "denied", "denies",
        "blamed", "blames", "predicted", "predicts", "suggested", "vowed", "vows", "pledged", "promised", "threatened");

    /// <summary>Whether the word, after "and"/"but", may open a second statement when the reported clause before it has a subject of its own.</summary>
    public static bool StartsSecondReport(string word) => SecondReportVerbs.Contains(word) && char.IsLower(word[0]);

    /// <summary>Whether the word is a participle that reports speech (", adding ...").</summary>
    public static bool IsReportingParticiple(string word) => Participles.Contains(word) && char.IsLower(word[0]);

    /// <summary>Whether the word, after "and"/"but", opens a second statement of the same subject.</summary>
    public static bool StartsCoordinatedStatement(string word) => CoordinatedStatementVerbs.Contains(word) && char.IsLower(word[0]);

    /// <summary>Whether the word is a verb of naming ("called", "described") that reports the quoted words of its object.</summary>
    public static bool IsNaming(string word) => Naming.Contains(word) && char.IsLower(word[0]);

    private static readonly FrozenSet<string> AddedThings = Set("his", "her", "their", "its", "another", "two", "three", "four", "five");

    // ("accusing the governor of “a hostile takeover”": the charge quoted is the words too.)
    private static readonly FrozenSet<string> NamingParticiples = WordSet.Exact("calling", "describing", "branding", "dubbing", "labelling", "labeling", "terming", "accusing");

    /// <summary>Whether the naming verb at <paramref name="t"/> has a quoted object that ends its clause (`called the deal "a mistake"`).</summary>
    public static bool NamesQuotedObject(TextLayout layout, int t, int end) => QuotedObject(layout, t, end, CueForm.Verb) is not null;

    private static readonly FrozenSet<string> JudgingAs = WordSet.Exact(
        "blasted", "blasts", "slammed", "slams", "hailed", "hails", "denounced", "denounces", "condemned", "condemns", "criticised",
        "criticized", "decried", "derided", "lambasted", "praised", "praises", "welcomed", "welcomes", "rejected", "rejects",
        "characterised", "characterized", "portrayed", "painted", "attacked", "mocked", "ridiculed", "greeted", "saw", "sees", "regarded");

    private static readonly FrozenSet<string> Naming = Set("called", "calls", "described", "describes", "branded", "labelled", "labeled", "dubbed", "termed", "dismissed", "dismisses");

    /// <summary>
    /// The sets of first words the rules of <see cref="MatchWithoutGate"/> test a word against, one per rule. A new rule
    /// tests a set of its own and lists it here, so that the gate lets its words through.
    /// </summary>
    internal static readonly IReadOnlyList<FrozenSet<string>> RuleFirstWords =
        [According, Let, MadeClear, TookTo, ShotBack, Appeals.OwnCueWords, Naming, JudgingAs, NamingParticiples, TweetNoun, Participles, Asked, Reported, Blamed, ColonVerbs, Verbs];

    // Every word a cue can start with, in one set (ignoring case, so a superset of each rule's): the one look-up that
    // turns away almost every token.
    internal static readonly FrozenSet<string> CueStarts = Set([.. RuleFirstWords.SelectMany(words => words)]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueStartsBySpan = CueStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    // Their shapes, asked first: most tokens are turned away without hashing them.
    private static readonly WordShapes CueStartShapes = new(CueStarts);

    // `called the plan "a historic mistake".`, `described the talks as "a step back"`: the quote is the whole
    // rest of the clause, so the naming verb reports those words; the cue runs up to the quote.
    private static Cue? QuotedObject(TextLayout layout, int t, int end, CueForm form)
    {
        // "which she called “a slot machine”", "what it called “regulation by press release”": the object came before.
        bool objectBefore = t >= 2 && layout.Tokens[t - 1].IsWord && (layout.IsWord(t - 2, "which") || layout.IsWord(t - 2, "what"));
        for (int j = objectBefore ? t + 1 : t + 2; j < end && j <= t + MaxToldObjectWords; j++)
        {
            if (IsOpeningQuote(layout, j))
            {
                if (layout.QuoteAt(layout.Tokens[j].Start) is not { Closed: true } q) return null;
                int after = layout.FirstTokenAtOrAfter(q.Outer.End);
                // `called the deal "a mistake" and said ...` ends the naming as surely as a full stop.
                bool endsClause = after >= end || layout.IsPunct(after, '.') || layout.IsPunct(after, ',') || layout.IsPunct(after, ';')
                    || (after + 1 < end && (layout.IsWord(after, "and") || layout.IsWord(after, "but")) && (StartsCoordinatedStatement(layout.Word(after + 1)) || StartsSecondReport(layout.Word(after + 1))
                        // (`calling the ruling "..." and saying ...`, `with X calling the order "..." and Mayor Y accusing ...`: a second
                        // participle, or a second subject, starts after the "and".)
                        || IsReportingParticiple(layout.Word(after + 1)) || NamingParticiples.Contains(layout.Word(after + 1))
                        || layout.Tokens[after + 1].IsWord && !layout.Quoted[after + 1] && char.IsUpper(layout.Text[layout.Tokens[after + 1].Start])
                        || ParticipleWithin(layout, after + 1, end)));
                return endsClause ? Make(layout, t, j, form, tweet: false) : null;
            }
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return null;
        }
        return null;
    }

    // The cue up to a quote that follows "as" (or "as a", "as an", "as the") within a short object; null otherwise. Words may
    // follow the quote ("as a “disguised peace show” staged by the North"): the quote is the judgement.
    private static Cue? QuotedAfterAs(TextLayout layout, int t, int end)
    {
        for (int j = t + 2; j < end && j <= t + MaxToldObjectWords; j++)
        {
            if (IsOpeningQuote(layout, j))
            {
                int before = layout.Word(j - 1) is "a" or "an" or "the" ? j - 2 : j - 1;
                return before > t + 1 && layout.IsWord(before, "as") && layout.QuoteAt(layout.Tokens[j].Start) is { Closed: true } ? Make(layout, t, j, CueForm.Verb, tweet: false) : null;
            }
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return null;
        }
        return null;
    }

    private const int MaxSubjectBetweenQuoteAndCue = 3;

    // `“...?” asked X`, `“...?” she asked`: a closing quote right before the cue, or before a short subject and the cue.
    private static bool QuoteJustBefore(TextLayout layout, int t, int first)
    {
        for (int j = t - 1; j >= first && t - j <= MaxSubjectBetweenQuoteAndCue + 1; j--)
        {
            if (layout.Tokens[j].IsWord && !layout.Quoted[j]) continue;
            return layout.QuoteAt(layout.Tokens[j].Start) is { Closed: true } q && q.Outer.End == layout.Tokens[j].End;
        }
        return false;
    }

    // A quote handed over to the words after it, just before the cue: it closes on a comma, a question or an exclamation
    // mark (“...,” he fumed), not on a word ("called it “a disgrace” and stormed out").
    private static bool QuoteHandedOverJustBefore(TextLayout layout, int t, int first)
    {
        for (int j = t - 1; j >= first && t - j <= MaxSubjectBetweenQuoteAndCue + 1; j--)
        {
            if (layout.Tokens[j].IsWord && !layout.Quoted[j]) continue;
            if (layout.IsPunct(j, ',') && j > first) j--;
            else if (!(layout.Tokens[j].Start > 0 && layout.Text[layout.Tokens[j].Start - 1] is ',' or '?' or '!')) return false;
            return layout.QuoteAt(layout.Tokens[j].Start) is { Closed: true } q && q.Outer.End == layout.Tokens[j].End;
        }
        return false;
    }

    private static bool QuoteFollows(TextLayout layout, int k, int end) =>
        k < end && (IsOpeningQuote(layout, k) || (layout.IsPunct(k, ':') || layout.IsPunct(k, ',')) && k + 1 < end && IsOpeningQuote(layout, k + 1));

    // `“... next week,” adding`: a quote closing on a comma stands where the comma would.
    private static bool ClosesWithComma(TextLayout layout, int t) =>
        !layout.Tokens[t].IsWord && layout.Tokens[t].Start > 0 && layout.Text[layout.Tokens[t].Start - 1] == ','
        && layout.QuoteAt(layout.Tokens[t].Start) is { Closed: true } q && q.Outer.End == layout.Tokens[t].End;

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

    private const int MaxWithSubjectWords = 6;

    /// <summary>Whether the participle at <paramref name="t"/> hangs on "with" and its own subject ("with the union saying"), not on a clause.</summary>
    public static bool HangsOnWith(TextLayout layout, int t, Sentence sentence) =>
        t > sentence.FirstToken && !ParticipleLeads.Contains(layout.Word(t - 1)) && FollowsWith(layout, t, sentence);

    // "..., with the union saying its members would walk out": "with" and a short subject before the participle.
    // ("with Hargrove accusing his rival of “...” and Ocampo saying ...": a second subject joined by "and" hangs on the same "with".)
    private static bool FollowsWith(TextLayout layout, int t, Sentence sentence)
    {
        for (int j = t - 2; j >= sentence.FirstToken && j >= t - 1 - MaxWithSubjectWords; j--)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return false;
            if (layout.IsWord(j, "with")) return true;
            if (layout.IsWord(j, "and") && j < t - 1) return WithBefore(layout, j, sentence);
        }
        return false;
    }

    // A participle of saying or naming after a short subject of plain words ("port director Emil Kasprak accusing").
    private static bool ParticipleWithin(TextLayout layout, int from, int end)
    {
        for (int j = from; j < end && j <= from + MaxWithSubjectWords; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return false;
            if (j > from && (IsReportingParticiple(layout.Word(j)) || NamingParticiples.Contains(layout.Word(j)))) return true;
        }
        return false;
    }

    private const int MaxWithClauseTokens = 20;

    // A "with" opening a participle clause shortly before token j: "with X calling ... and".
    private static bool WithBefore(TextLayout layout, int j, Sentence sentence)
    {
        for (int k = j - 1; k >= sentence.FirstToken && k >= j - MaxWithClauseTokens; k--)
            if (layout.IsWord(k, "with") && !layout.Quoted[k]) return k + 2 < j && layout.Tokens[k + 1].IsWord && char.IsUpper(layout.Text[layout.Tokens[k + 1].Start]);
        return false;
    }

    private const int MaxToldInfinitiveObjectWords = 3;

    // "told pilots to “keep flying”", "told the crowd to go home": an instruction, reported like "urged" (the words are the
    // audience and its infinitive), so the cue is "told" alone.
    private static bool ToldInfinitive(TextLayout layout, int from, int end)
    {
        for (int j = from; j < end && j < from + 1 + MaxToldInfinitiveObjectWords; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return false;
            if (layout.IsWord(j, "to"))
                return j > from && j + 1 < end && (IsOpeningQuote(layout, j + 1) || layout.Tokens[j + 1].IsWord && char.IsLower(layout.Text[layout.Tokens[j + 1].Start]) && !layout.IsWord(j + 1, "the"));
            if (layout.IsWord(j, "that") || ObjectLinks.Contains(layout.Word(j))) return false;
        }
        return false;
    }

    // "told reporters", "told CNN", "told a group of reporters in Beijing": the object runs to "that", a
    // comma, a colon, a quote or the sentence end.
    private static int ToldObjectEnd(TextLayout layout, int from, int end)
    {
        int j = from;
        // "told us ministers were “furious”": an object pronoun is the whole audience, and the clause starts after it.
        if (from + 1 < end && layout.Tokens[from].IsWord && !layout.Quoted[from] && layout.Word(from) is "me" or "us" or "him" or "them"
            && layout.Tokens[from + 1].IsWord && !layout.Quoted[from + 1] && !ObjectLinks.Contains(layout.Word(from + 1)) && !layout.IsWord(from + 1, "that")) return from + 1;
        // "told reporters he would press for a vote": a subject pronoun starts the reported clause; so does a new noun
        // phrase right after the audience ("told Reuters the company had ...").
        // ("told Pipeline & Midstream Weekly": an ampersand inside a name.)
        while (j < end && j < from + MaxToldObjectWords && (layout.Tokens[j].IsWord || IsAmpersandInName(layout, j, end)) && !layout.Quoted[j] && !layout.IsWord(j, "that") && !(j > from && StartsClauseAfterObject(layout, j))) j++;
        if (j > from && j < end && layout.Tokens[j].IsWord && !layout.Quoted[j] && StartsClauseAfterObject(layout, j)) return j;
        if (j < end && j == from + MaxToldObjectWords)
        {
            // "told fans in the programme notes for the match that ...": a long audience still ends at its "that".
            for (int k2 = j; k2 < end && k2 < j + MaxToldObjectWords && layout.Tokens[k2].IsWord && !layout.Quoted[k2]; k2++)
                if (layout.IsWord(k2, "that")) return k2;
            // A long object is still the audience when nothing but words runs to the sentence's end
            // ("told a joint news conference at the White House.").
            int k = j;
            while (k < end && layout.Tokens[k].IsWord && !layout.Quoted[k] && !layout.IsWord(k, "that")) k++;
            return k >= end - 1 && (k == end || layout.IsPunct(k, '.')) ? k : from;
        }
        return j;
    }

    private static bool IsAmpersandInName(TextLayout layout, int j, int end) =>
        layout.IsPunct(j, '&') && j + 1 < end && layout.Tokens[j - 1].IsWord && layout.Tokens[j + 1].IsWord
        && char.IsUpper(layout.Text[layout.Tokens[j - 1].Start]) && char.IsUpper(layout.Text[layout.Tokens[j + 1].Start]);

    private static readonly FrozenSet<string> SubjectPronouns = WordSet.Exact("he", "she", "they", "we", "I", "it");

    /// <summary>Whether the word is a subject pronoun ("he", "I") that opens a clause.</summary>
    public static bool IsSubjectPronoun(string word) => SubjectPronouns.Contains(word);

    private static readonly FrozenSet<string> NounPhraseStarts = WordSet.Exact("the", "a", "an", "his", "her", "its", "their", "this", "these", "those");

    private static readonly FrozenSet<string> ObjectLinks = Set(
        "of", "in", "at", "on", "for", "with", "from", "to", "during", "after", "before", "by", "and", "outside", "inside", "near",
        "behind", "across", "over", "under", "through", "via", "following", "about", "within", "beside", "into", "onto", "than");

    // After "told" and its audience, a pronoun or a determiner not governed by a preposition opens the clause:
    // "told Reuters the company had", but "told a group of reporters in Beijing", "told reporters at a briefing".
    private static bool StartsClauseAfterObject(TextLayout layout, int j)
    {
        var word = layout.Word(j);
        if (SubjectPronouns.Contains(word)) return true;
        return NounPhraseStarts.Contains(word) && layout.Tokens[j - 1].IsWord && !ObjectLinks.Contains(layout.Word(j - 1)) && !NounPhraseStarts.Contains(layout.Word(j - 1));
    }

    private static Cue Make(TextLayout layout, int first, int endToken, CueForm form, bool tweet) =>
        new(first, endToken, form, tweet, new TextSpan(layout.Tokens[first].Start, layout.Tokens[endToken - 1].End));
}
