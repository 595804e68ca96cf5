using System.Text.RegularExpressions;
using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// Whether a time expression can name the day something was said, judged from the words before it in its
/// sentence. It cannot when it looks forward ("will meet on Friday", "expected to finish on Saturday",
/// "starting Thursday", "next week"), bounds a period ("since Friday", "until Monday") or marks the latest of a
/// repeated event ("the two sides last met Tuesday night"): those date other events, and a statement in the past is never dated by them. A reporting word after the modal resets the
/// clause ("will travel this week, Beijing said Tuesday": Tuesday dates the saying).
/// </summary>
internal static partial class EventReference
{
    /// <summary>How far back (characters) the clause is read: a bounded look keeps the finder linear.</summary>
    private const int Lookback = 160;

    public static bool CanDateSpeech(string text, TextSpan expression, int sentenceStart)
    {
        var start = Math.Max(sentenceStart, expression.Start - Lookback);
        var before = text.AsSpan(start, expression.Start - start);
        if (BoundOrForward().IsMatch(before) || LastOccurrence().IsMatch(before) || Bounding().IsMatch(text.AsSpan(expression.Start, expression.Length))) return false;
        var modal = LastIndex(Modal(), before);
        return modal < 0 || LastIndex(ReportingWord(), before) > modal;
    }

    /// <summary>
    /// Whether the expression stands in a relative clause still open before it, one that describes a noun ("Barnier,
    /// who was appointed by Juncker in July, made clear ...", "a dispute over fishing grounds that boiled over on
    /// Sunday night"): the person's background or the noun's story, not the event the sentence reports. A "that"
    /// after a verb ("agreed that", "ruled that") opens the verb's object, not a relative clause.
    /// </summary>
    public static bool IsInRelativeClause(string text, TextSpan expression, int sentenceStart)
    {
        var start = Math.Max(sentenceStart, expression.Start - Lookback);
        foreach (var m in OpenRelativeClause().EnumerateMatches(text.AsSpan(start, expression.Start - start)))
            return !ClosedByMainVerb(text.AsSpan(start + m.Index, m.Length));
        return false;
    }

    /// <summary>
    /// Whether a relative clause on the sentence's subject has ended at the sentence's main verb before the expression:
    /// a second past-tense verb not joined to the first ("A strike that shut the port for three days ended
    /// yesterday": "ended" is the sentence's verb, and yesterday its event's day). The clause's own verb comes first
    /// ("that boiled over on Sunday", "that the union rejected"); one after "and", an auxiliary or a preposition
    /// still belongs to it ("that began in May and collapsed last week", "that was approved"). A participle completing the
    /// clause's object ("that kept the fleets tied up through Sunday") reads as the main verb: rare in a lead, and then
    /// the lead takes a day of the clause.
    /// </summary>
    private static bool ClosedByMainVerb(ReadOnlySpan<char> clause)
    {
        var verbs = 0;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var m in Word().EnumerateMatches(clause))
        {
            var word = clause.Slice(m.Index, m.Length);
            if (IsPastVerb(word) && ++verbs >= 2 && !JoinsClause().IsMatch(previous)) return true;
            previous = word;
        }
        return false;

        static bool IsPastVerb(ReadOnlySpan<char> word) =>
            char.IsLower(word[0]) && (word.Length >= 4 && word.EndsWith("ed") && !word.EndsWith("eed") || IrregularPast().IsMatch(word));
    }

    /// <summary>How far after the expression the sentence is read for its cue ("Last month, Mr Furlong had warned").</summary>
    private const int Lookahead = 80;

    /// <summary>
    /// Whether the expression's sentence reports speech in the past perfect ("Last month, he had warned that ...",
    /// "had said on Monday"): words from before the story's time, background that dates only itself, never a later
    /// statement of the same speaker.
    /// </summary>
    public static bool IsInPluperfectReport(string text, TextSpan expression, int sentenceStart)
    {
        var start = Math.Max(sentenceStart, expression.Start - Lookback);
        var end = Math.Min(text.Length, expression.End + Lookahead);
        return PluperfectReport().IsMatch(text.AsSpan(start, end - start));
    }

    private const int MaxCueComplementWords = 8;

    /// <summary>
    /// Whether the expression stands inside the words a cue reports rather than beside the cue: after a reporting
    /// word with "that", an auxiliary, a quote or many words between ("said the administrator had promised her on
    /// Friday", "said on Tuesday that Britain ... last week"). Such a day dates what was said, so it is no news day
    /// for later statements. "said in a statement late on Sunday", "told reporters Monday" stay beside the cue.
    /// </summary>
    public static bool IsInReportedWords(string text, TextSpan expression, int sentenceStart) =>
        PlaceAfterCue(text, expression, sentenceStart) == CuePlace.Reported;

    /// <summary>
    /// Whether the expression is the cue's own adverbial, after a reporting word and beside it ("said in a statement on
    /// Tuesday", "told reporters Monday"): the day that speaker spoke, not a scene the sentence sets ("At a polling
    /// place on Tuesday afternoon, voters said").
    /// </summary>
    public static bool IsBesideCue(string text, TextSpan expression, int sentenceStart) =>
        PlaceAfterCue(text, expression, sentenceStart) == CuePlace.Beside;

    private enum CuePlace { NoCue, Beside, Reported }

    private static CuePlace PlaceAfterCue(string text, TextSpan expression, int sentenceStart)
    {
        var start = Math.Max(sentenceStart, expression.Start - Lookback);
        var before = text.AsSpan(start, expression.Start - start);
        var last = -1;
        var lastEnd = -1;
        foreach (var m in ReportingWord().EnumerateMatches(before)) (last, lastEnd) = (m.Index, m.Index + m.Length);
        if (last < 0) return CuePlace.NoCue;
        var between = before[lastEnd..];
        if (ClauseMarker().IsMatch(between) || between.IndexOfAny('”', '’', '"') >= 0) return CuePlace.Reported;
        // A clock time just before the day is part of it ("announced the postponement on X shortly before 11 p.m.
        // Wednesday"): its words do not push the day into a reported clause, unless a verb of that clause comes first
        // ("said the creek crested at 11 p.m. Friday").
        foreach (var clock in ClockTimeAtEnd().EnumerateMatches(between))
        {
            if (!PastVerb().IsMatch(between[..clock.Index])) between = between[..clock.Index];
            break;
        }
        var words = 0;
        foreach (var _ in Word().EnumerateMatches(between)) words++;
        return words > MaxCueComplementWords ? CuePlace.Reported : CuePlace.Beside;
    }

    /// <summary>
    /// The stem of the event in "after the vote" / "following the verdict" / "told the same dinner" in <paramref name="text"/> ("vot", "verdict",
    /// "meet" for "meeting"), to find the sentence that tells when it happened; null when there is none.
    /// </summary>
    public static string? EventAfter(ReadOnlySpan<char> text)
    {
        string? stem = null;
        foreach (var m in AfterTheEvent().EnumerateMatches(text))
        {
            var noun = text.Slice(m.Index, m.Length);
            noun = noun[(noun.LastIndexOf(' ') + 1)..];
            var cut = noun.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? noun[..^3]
                : noun.EndsWith("e", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? noun[..^1] : noun;
            if (cut.Length >= 3) stem = cut.ToString();
        }
        return stem;
    }

    /// <summary>Whether <paramref name="sentence"/> has a word built on <paramref name="stem"/> ("voted", "vote"), at most three letters longer.</summary>
    public static bool NamesEvent(ReadOnlySpan<char> sentence, string stem)
    {
        foreach (var m in Word().EnumerateMatches(sentence))
            if (m.Length >= stem.Length && m.Length <= stem.Length + 3 && sentence.Slice(m.Index, stem.Length).Equals(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int LastIndex(Regex regex, ReadOnlySpan<char> text)
    {
        var last = -1;
        foreach (var m in regex.EnumerateMatches(text)) last = m.Index;
        return last;
    }

    [GeneratedRegex(@"\b(?:since|until|till|from|starting|beginning|through|by|next|coming|ahead\s+of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoundOrForward();

    // "The two sides last met Tuesday night": the latest of a repeated event, a reference point for what has (not)
    // happened since, not the occasion of the words that follow.
    [GeneratedRegex(@"\blast\s+(?:met|spoke|talked|saw|held|sat|\w+ed)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastOccurrence();

    [GeneratedRegex(@"^(?:since|until|till)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bounding();

    [GeneratedRegex(@"(?<!\b(?:\w+ed|said|says|told|knew|found|felt|thought|saw|so|such|now|is|was|are|were|be|been)\s+)\b(?:that|which|who|whose)\b[^,;:()—–]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenRelativeClause();

    [GeneratedRegex(@"^(?:kept|held|made|took|began|came|went|said|told|brought|left|ran|won|lost|met|saw|got|gave|found|fell|broke|drew|struck|sent|spent|stood|led|sought|rose|paid|grew|knew|became|wrote|spoke|chose|drove|sat|built|felt|meant|heard|threw|forced)$", RegexOptions.CultureInvariant)]
    private static partial Regex IrregularPast();

    // A word before a past verb that keeps it inside the relative clause: a conjunction, an auxiliary, a preposition,
    // an article, a pronoun, or an adverb in -ly ("that was widely criticized").
    [GeneratedRegex(@"^(?:and|or|but|then|had|has|have|having|was|were|been|be|is|are|not|never|also|to|a|an|the|of|in|on|at|by|for|with|from|that|who|which|it|they|he|she|we|\w+ly)$|^$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinsClause();

    [GeneratedRegex(@"\b(?:that|had|has|have|was|were|is|are|would|will|could|should|can|may|might|did|does)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseMarker();

    [GeneratedRegex(@"(?:\b(?:just|shortly|soon|about|around|at|before|after|until|by)\s+)*\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|o['’]clock)\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTimeAtEnd();

    [GeneratedRegex(@"\b(?-i:[a-z])\w{2,}ed\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"\bhad\s+(?:(?:already|previously|earlier|also|repeatedly)\s+)?(?:said|told|warned|announced|stated|tweeted|wrote|posted|insisted|argued|claimed|declared|vowed|threatened|promised)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PluperfectReport();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // "after the vote", "following the verdict", "told the same dinner", "at the same briefing": an event noun named
    // before (not a time: "after the weekend" is a day of its own; nor "at the same time", a manner).
    [GeneratedRegex(@"\b(?:(?:after|following)\s+the|(?:at|to|told|during)\s+the\s+same)\s+(?!(?:weekend|week|day|night|morning|afternoon|evening|month|year|time|way|thing|level|rate|place)\b)[a-z]{4,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterTheEvent();

    // "scheduled" looks forward as a verb ("talks are scheduled for Friday", "scheduled Monday"), not as an adjective
    // before its noun ("the only scheduled debate ... on Tuesday night" happened on Tuesday night).
    [GeneratedRegex(@"\b(?:will|would|shall|won['’]t|going\s+to|set\s+to|due\s+to|scheduled(?=\s*$|\s+(?:to|for|on|at|in|this|next|later|early|late|tomorrow)\b|\s+(?-i:[A-Z]))|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|hopes?\s+to|intends?\s+to|is\s+to|are\s+to)\b|['’]ll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\b(?:said|says|told|tells|announced|stated|tweeted|wrote|posted|added|warned|confirmed|declared|insisted|acknowledged|admitted|argued|conceded|noted|claimed|statement|briefing|conference|interview|remarks|comments)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingWord();
}
