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
        if (BoundOrForward().IsMatch(before)) return false;
        var modal = LastIndex(Modal(), before);
        return modal < 0 || LastIndex(ReportingWord(), before) > modal;
    }

    private static int LastIndex(Regex regex, ReadOnlySpan<char> text)
    {
        var last = -1;
        foreach (var m in regex.EnumerateMatches(text)) last = m.Index;
        return last;
    }

    [GeneratedRegex(@"\b(?:since|until|till|from|starting|beginning|through|by|next|coming|ahead\s+of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoundOrForward();

    [GeneratedRegex(@"\b(?:will|would|shall|won['’]t|going\s+to|set\s+to|due\s+to|scheduled|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|hopes?\s+to|intends?\s+to|is\s+to|are\s+to)\b|['’]ll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\b(?:said|says|told|tells|announced|stated|tweeted|wrote|posted|added|warned|confirmed|declared|insisted|statement|briefing|conference|interview|remarks|comments)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingWord();
}
