using System.Text.RegularExpressions;
using Analysis.Dates;

namespace Analysis.Corpus;

/// <summary>
/// The publication date an article states about itself, for corpora without a manifest date. Only
/// short lines (headers, bylines, datelines, credit lines) are read, never prose, so a date inside a
/// sentence ("On Sept. 19, 2017, Trump said") is not mistaken for the publication date. In order of trust:
/// a labelled date ("Published: October 1, 2017", "Posted on Sept. 30, 2017"), a copyright line
/// ("© Copyright Reuters 2017-11-01"), then a date on a short line near the top (a dateline or byline).
/// </summary>
public static partial class PublicationDateDetector
{
    private const int MaxLine = 200;

    /// <summary>A bare (unlabelled) date counts only on a line this short: a dateline or byline, not a sentence.</summary>
    private const int MaxHeadLine = 100;

    /// <summary>How far from the top a bare date still counts as the article's own (header, byline, dateline).</summary>
    private const int HeadLength = 1500;

    /// <summary>The stated publication date and the words that state it, looking only at <c>text[..articleEnd]</c>.</summary>
    public static (DateOnly Date, string Evidence)? Detect(string text, int articleEnd)
    {
        articleEnd = Math.Clamp(articleEnd, 0, text.Length);
        (DateOnly, string)? copyright = null, head = null;
        var lineStart = 0;
        while (lineStart < articleEnd)
        {
            var newline = text.IndexOf('\n', lineStart, articleEnd - lineStart);
            var lineEnd = newline < 0 ? articleEnd : newline;
            if (lineEnd - lineStart <= MaxLine)
            {
                var line = text[lineStart..lineEnd];
                foreach (Match m in CalendarDate.Regex().Matches(line))
                {
                    if (CalendarDate.TryRead(m) is not { } date) continue;
                    var before = line.AsSpan(0, m.Index);
                    var label = Label().Match(line, 0, m.Index);
                    if (label.Success && label.Index + label.Length == m.Index)
                        return (date, line[label.Index..(m.Index + m.Length)].Trim());
                    if (copyright is null && Copyright().IsMatch(before))
                        copyright = (date, line.Trim());
                    else if (head is null && lineStart < HeadLength && line.Length <= MaxHeadLine && !Preposition().IsMatch(before))
                        head = (date, m.Value);
                }
            }
            lineStart = lineEnd + 1;
        }
        return copyright ?? head;
    }

    [GeneratedRegex(@"\b(?:Published|Posted|Updated|Dated?|First published)(?: on)?:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // "on Sept. 19, 2016" is an event in a sentence, not the article's own date.
    [GeneratedRegex(@"\b(?:on|in|since|until|till|by|from|before|after|of|between|and|to|at)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"(?:©|\(c\)|\bCopyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();
}
