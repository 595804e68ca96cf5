using System.Text.RegularExpressions;
using Analysis.Extraction;

namespace Analysis.Dates;

/// <summary>
/// Whether a reporting cue presents the words as today's news ("said", "told reporters", "says", "according
/// to") or as background: a perfect ("had said", "has urged", "has made clear"), a bare participle
/// ("saying", "admitting publicly") or a noun ("public assertion", "UNGA address"). Only news cues take the
/// publication date when nothing in the text dates them.
/// </summary>
internal static partial class CueTense
{
    /// <summary>
    /// Whether the cue is news; a bare participle ("saying", "writing that", "arguing") takes the tense of the clause
    /// it hangs on, <paramref name="clauseBefore"/> (its sentence's words before it): "Tamsen disputed that account,
    /// saying", "was quoted as saying", "went further on Twitter, writing" are news; "who has pushed against the demand,
    /// saying" is background, and so is a participle with no finite verb before it ("Admitting publicly that ...").
    /// </summary>
    public static bool IsCurrentNews(string cue, ReadOnlySpan<char> clauseBefore)
    {
        if (IsCurrentNews(cue)) return true;
        if (!Participle().IsMatch(cue)) return false;
        var verb = -1;
        foreach (var m in FiniteVerb().EnumerateMatches(clauseBefore)) verb = m.Index;
        return verb >= 0 && !PerfectBefore().IsMatch(clauseBefore[..verb]);
    }

    public static bool IsCurrentNews(string cue)
    {
        if (cue.Length == 0) return true; // a continuation of the previous statement
        if (TranscriptRule.IsLabelCue(cue)) return true; // "NATALEGAWA:": an answer given at the event reported
        // "..., Eklund said, before adding: “...”": "adding" goes on with a report of the day.
        if (cue.Equals("adding", StringComparison.OrdinalIgnoreCase)) return true;
        // The perfect must govern the reporting verb ("had said"), not sit in words after it the extractor kept
        // ("told reporters his candidate had").
        var verb = FiniteReportingVerb().Match(cue);
        if (!verb.Success) return false;
        var perfect = Perfect().Match(cue);
        return !perfect.Success || perfect.Index > verb.Index;
    }

    [GeneratedRegex(@"\b(?:had|has|have|'d|’d|previously)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Perfect();

    // A cue that is an -ing participle ("saying", "writing on X that"); "according" is a news cue of its own.
    [GeneratedRegex(@"^\s*(?!according\b)\w{3,}ing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    // A finite verb of the clause a participle hangs on: a reporting or past verb, or an auxiliary ("is seeking", "would not say").
    [GeneratedRegex(@"\b(?:\w{2,}ed|said|says|told|wrote|spoke|made|gave|took|went|came|held|sent|is|are|was|were|did|would|could)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    // A perfect auxiliary just before that verb, perhaps with an adverb between ("has long pushed").
    [GeneratedRegex(@"\b(?:had|has|have|'d|’d)\s+(?:\w+ly\s+|also\s+|long\s+|since\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerfectBefore();

    // A simple past (-ed or a common irregular) or a present reporting verb, or "according to".
    [GeneratedRegex(@"\b(?:\w{2,}ed|said|says|told|tells|wrote|writes|spoke|speaks|let|made|gave|shot|hit|struck|put|came|went|took|felt|thought|knew|saw|held|kept|sent|set|began|according|adds|warns|insists|notes|argues|claims|explains|stresses|urges|believes|thinks|admits|acknowledges|reports|confirms|announces|tweets|continues|asks|replies|responds|states|suggests|concedes|agrees|denies|calls|vows|predicts|recalls|quipped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiniteReportingVerb();
}
