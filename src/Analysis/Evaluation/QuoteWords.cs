using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Evaluation;

/// <summary>
/// The content words of a quote, as ../shared/tools/score.py compares them: NFKC, lower case, quotation
/// marks, brackets and punctuation as spaces, stop words dropped. Two quotes overlap by the share of each
/// one's words the other holds.
/// </summary>
public static partial class QuoteWords
{
    // score.py's STOP list, word for word.
    private static readonly HashSet<string> StopWords = new(
        "a an the and or but of to in on at for with by from that this is are was were be been it its he she they them his her their we our you your i as not no"
            .Split(' '), StringComparer.Ordinal);

    [GeneratedRegex("[\u2018\u2019\u201c\u201d\"'`\u2026\\[\\]().,;:!?\u2013\u2014-]")]
    private static partial Regex Punctuation();

    /// <summary>The distinct content words of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string? text)
    {
        var normalized = Punctuation().Replace((text ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant(), " ");
        return normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The share of the gold quote's words inside the prediction, and the share of the prediction's words inside
    /// the gold quote; both 0 when either has no content word.
    /// </summary>
    public static (double OfGold, double OfPrediction) Overlap(string? gold, string? prediction)
    {
        var g = Of(gold);
        var p = Of(prediction);
        if (g.Count == 0 || p.Count == 0) return (0, 0);
        var shared = g.Count(p.Contains);
        return ((double)shared / g.Count, (double)shared / p.Count);
    }
}
