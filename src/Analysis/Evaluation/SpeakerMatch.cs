using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Evaluation;

/// <summary>
/// score.py's lenient same-speaker rule: names compared without titles ("President", "Secretary", "US", ...);
/// any two officials match; the same surname matches ("James Mattis" / "Jim Mattis"); two State Department
/// labels match; a one-word name matches a full name holding it ("Tillerson" / "Rex Tillerson").
/// </summary>
public static partial class SpeakerMatch
{
    [GeneratedRegex("[^a-z0-9 ]")]
    private static partial Regex NotAsciiWord();

    [GeneratedRegex(@"\b(us|u s|the|mr|mrs|ms|dr|sen|senator|president|secretary)\b")]
    private static partial Regex Titles();

    /// <summary>The name as compared: lower-case ASCII words, titles removed.</summary>
    public static string Normalize(string? name)
    {
        var s = NotAsciiWord().Replace((name ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant(), " ");
        s = Titles().Replace(s, " ");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static bool Same(string? gold, string? predicted)
    {
        var a = Normalize(gold);
        var b = Normalize(predicted);
        if (a.Length == 0 || b.Length == 0) return false;
        if (a == b) return true;
        if (a.Contains("official", StringComparison.Ordinal) && b.Contains("official", StringComparison.Ordinal)) return true;
        var ta = a.Split(' ');
        var tb = b.Split(' ');
        if (ta.Length >= 2 && tb.Length >= 2 && ta[^1] == tb[^1]) return true;
        if (a.Contains("state department", StringComparison.Ordinal) && b.Contains("state department", StringComparison.Ordinal)) return true;
        return (ta.Length == 1 || tb.Length == 1) && (tb.Contains(a) || ta.Contains(b));
    }
}
