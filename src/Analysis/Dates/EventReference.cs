using System.Text.RegularExpressions;
using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// Whether a time expression can name the day something was said, judged from the words before it in its
/// sentence. It cannot when it looks forward ("will meet on Friday", "expected to finish on Saturday",
/// "starting Thursday", "next week") or bounds a period ("since Friday", "until Monday"): those date other
/// events, and a statement in the past is never dated by them. A reporting word after the modal resets the
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
        if (BoundOrForward().IsMatch(before) || Bounding().IsMatch(text.AsSpan(expression.Start, expression.Length))) return false;
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
        return OpenRelativeClause().IsMatch(text.AsSpan(start, expression.Start - start));
    }

    private const int MaxCueComplementWords = 8;

    /// <summary>
    /// Whether the expression stands inside the words a cue reports rather than beside the cue: after a reporting
    /// word with "that", an auxiliary, a quote or many words between ("said the administrator had promised her on
    /// Friday", "said on Tuesday that Britain ... last week"). Such a day dates what was said, so it is no news day
    /// for later statements. "said in a statement late on Sunday", "told reporters Monday" stay beside the cue.
    /// </summary>
    public static bool IsInReportedWords(string text, TextSpan expression, int sentenceStart)
    {
        var start = Math.Max(sentenceStart, expression.Start - Lookback);
        var before = text.AsSpan(start, expression.Start - start);
        var last = -1;
        var lastEnd = -1;
        foreach (var m in ReportingWord().EnumerateMatches(before)) (last, lastEnd) = (m.Index, m.Index + m.Length);
        if (last < 0) return false;
        var between = before[lastEnd..];
        if (ClauseMarker().IsMatch(between) || between.IndexOfAny('”', '’', '"') >= 0) return true;
        var words = 0;
        foreach (var _ in Word().EnumerateMatches(between)) words++;
        return words > MaxCueComplementWords;
    }

    /// <summary>
    /// The stem of the event in "after the vote" / "following the verdict" in <paramref name="text"/> ("vot", "verdict",
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

    [GeneratedRegex(@"^(?:since|until|till)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bounding();

    [GeneratedRegex(@"(?<!\b(?:\w+ed|said|says|told|knew|found|felt|thought|saw|so|such|now|is|was|are|were|be|been)\s+)\b(?:that|which|who|whose)\b[^,;:()—–]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenRelativeClause();

    [GeneratedRegex(@"\b(?:that|had|has|have|was|were|is|are|would|will|could|should|can|may|might|did|does)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseMarker();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // "after the vote", "following the verdict": an event noun (not a time: "after the weekend" is a day of its own).
    [GeneratedRegex(@"\b(?:after|following)\s+the\s+(?!(?:weekend|week|day|night|morning|afternoon|evening|month|year)\b)[a-z]{4,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterTheEvent();

    // ("scheduled for Friday", "is scheduled Tuesday" look forward; "the only scheduled debate ... on Tuesday night" names a
    // debate held, the adjective no schedule of the day.)
    [GeneratedRegex(@"\b(?:will|would|shall|won['’]t|going\s+to|set\s+to|due\s+to|scheduled(?=\s+(?:to|for|on|at|in|next|this|tomorrow)\b|\s*$)|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|hopes?\s+to|intends?\s+to|is\s+to|are\s+to)\b|['’]ll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\b(?:said|says|told|tells|announced|stated|tweeted|wrote|posted|added|warned|confirmed|declared|insisted|acknowledged|admitted|argued|conceded|noted|claimed|statement|briefing|conference|interview|remarks|comments)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingWord();
}
