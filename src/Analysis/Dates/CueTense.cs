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

    // A simple past (-ed or a common irregular) or a present reporting verb, or "according to".
    [GeneratedRegex(@"\b(?:\w{2,}ed|said|says|told|tells|wrote|writes|spoke|speaks|let|made|gave|shot|hit|struck|put|came|went|took|felt|thought|knew|saw|held|kept|sent|set|began|according|adds|warns|insists|notes|argues|claims|explains|stresses|urges|believes|thinks|admits|acknowledges|reports|confirms|announces|tweets|continues|asks|replies|responds|states|suggests|concedes|agrees|denies|calls|vows|predicts|recalls|quipped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiniteReportingVerb();
}
