using System.Text.RegularExpressions;
using Analysis.Dates;

namespace Analysis.Corpus;

/// <summary>
/// The publication date an article states about itself, for corpora without a manifest date. Only
/// short lines (headers, bylines, datelines, credit lines) and the dateline that opens a paragraph are
/// read, never prose, so a date inside a sentence ("On Sept. 19, 2017, Trump said") is not mistaken for
/// the publication date. In order of trust: a labelled date ("Published: October 1, 2017", "Posted on
/// Sept. 30, 2017"), a copyright line ("© Copyright Reuters 2017-11-01"), then a date near the top on a
/// short line (a byline or a header such as "Wednesday 7 December 2016") or opening a paragraph as a
/// dateline ("HONG KONG, Aug. 12, 2019 —"). A dateline without a year ("WASHINGTON, June 10 (AP) —")
/// takes the latest year the article names, since a wire story names its own year far more often than a
/// later one; with no year in the text it gives no date rather than a guess.
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
            if (head is null && lineStart < HeadLength && Dateline(text, lineStart, lineEnd, articleEnd) is { } dateline)
                head = dateline;
            if (lineEnd - lineStart <= MaxLine)
            {
                var line = text[lineStart..lineEnd];
                foreach (var m in CalendarDate.Matches(line))
                {
                    if (CalendarDate.TryRead(m) is not { } date) continue;
                    var before = line.AsSpan(0, m.Index);
                    var label = Label().Match(line, 0, m.Index);
                    if (label.Success && label.Index + label.Length == m.Index)
                        return (date, line[label.Index..(m.Index + m.Length)].Trim());
                    if (copyright is null && Copyright().IsMatch(before))
                        copyright = (date, line.Trim());
                    else if (head is null && lineStart < HeadLength && line.Length <= MaxHeadLine && !Preposition().IsMatch(before) && !IsSentence(line))
                        head = (date, m.Value);
                }
            }
            lineStart = lineEnd + 1;
        }
        return copyright ?? head;
    }

    /// <summary>A short line that reads as a sentence (several words, closing punctuation): a date in it is an event, not a header.</summary>
    private static bool IsSentence(string line)
    {
        var trimmed = line.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' && trimmed.Count(' ') >= 6;
    }

    /// <summary>The date of a dateline opening the line ("PLACE, Aug. 12, 2019 —", "PLACE, June 10 (AP) —"), however long the paragraph it opens.</summary>
    private static (DateOnly, string)? Dateline(string text, int lineStart, int lineEnd, int articleEnd)
    {
        var m = DatelineRegex().Match(text, lineStart, Math.Min(lineEnd - lineStart, MaxLine));
        if (!m.Success) return null;
        var month = MonthNames.Parse(m.Groups["mon"].ValueSpan);
        var day = int.Parse(m.Groups["d"].ValueSpan);
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : LatestYearNamed(text, articleEnd);
        if (year is not { } y || month == 0 || day < 1 || day > DateTime.DaysInMonth(y, month)) return null;
        return (new DateOnly(y, month, day), m.Groups["date"].Value);
    }

    /// <summary>The latest year (1900..2099) the article names, leaving out targets ("by 2030", "until 2025"); null when it names none.</summary>
    private static int? LatestYearNamed(string text, int articleEnd)
    {
        int? latest = null;
        foreach (Match m in Year().Matches(text[..articleEnd]))
        {
            if (m.Groups["target"].Success) continue;
            var year = int.Parse(m.Groups["y"].ValueSpan);
            if (latest is null || year > latest) latest = year;
        }
        return latest;
    }

    // A dateline: a place of capitalised words ("HONG KONG", "CEDAR RAPIDS, Iowa"), a comma, a date, an optional agency, a dash.
    [GeneratedRegex("""
        \G[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ /]\p{Lu}[\p{L}.'’-]*){0,4}(?:,[ \t]+\p{Lu}[\p{L}.]*)?,[ \t]+
        (?<date>(?<mon>
        """ + MonthNames.Pattern + """
        )\.?[ \t]+(?<d>\d{1,2})(?:,?[ \t]+(?<y>(?:19|20)\d\d))?)
        [ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:—|–|--|-|:)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();

    [GeneratedRegex(@"(?<target>\b(?:by|until|till|through|to)\s+)?(?<![\w$£€.,-])(?<y>(?:19|20)\d\d)(?![\w%-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:Published|Posted|Updated|Dated?|First published)(?: on)?:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // "on Sept. 19, 2016" is an event in a sentence, not the article's own date.
    [GeneratedRegex(@"\b(?:on|in|since|until|till|by|from|before|after|of|between|and|to|at)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"(?:©|\(c\)|\bCopyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();
}
