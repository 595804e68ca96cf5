using System.Text.RegularExpressions;

namespace Analysis.Dates;

/// <summary>
/// A complete written date: ISO ("2017-10-31"), US ("Nov. 3, 2017", "October 1 2017") or day-first
/// ("1 October 2017"). Shared by the publication-date detector and the timeline.
/// </summary>
public static partial class CalendarDate
{
    /// <summary>Finds complete dates in text; read each match with <see cref="TryRead"/>.</summary>
    [GeneratedRegex("""
        (?<![\w-])(?:
            (?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d])
          | (?<mon>
        """ + MonthNames.Pattern + """
        )\.?\ (?<d>\d{1,2})(?:st|nd|rd|th)?,?\ (?<y>(?:19|20)\d\d)(?!\d)
          | (?<d>\d{1,2})\ (?<mon>
        """ + MonthNames.Pattern + """
        )\.?,?\ (?<y>(?:19|20)\d\d)(?!\d)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex Regex();

    /// <summary>
    /// The <see cref="Regex"/> matches of <paramref name="text"/>, in order: what <c>Regex().Matches(text)</c> gives. The
    /// regex would stop at every capital letter and digit of the text (a month or a day may open a date); but every date
    /// holds a year, "19" or "20" and two digits, at most <see cref="MaxBeforeYear"/> characters after its start, so the
    /// regex is run only from just before each year a vectorised search finds, and most articles name none or few.
    /// </summary>
    public static List<Match> Matches(string text)
    {
        var found = new List<Match>();
        for (var from = 0; NextYear(text, from) is var year and >= 0; )
        {
            // The leftmost date starting at or after `from` holds a year at or after this one, so it starts at or after
            // year - MaxBeforeYear. (A start beyond `from` still lets the regex's look-behind see the text before it.)
            var m = Regex().Match(text, Math.Max(from, year - MaxBeforeYear));
            if (!m.Success) break;
            found.Add(m);
            from = m.Index + m.Length;
        }
        return found;
    }

    /// <summary>More than the longest words a date has before its year: "September. 30th, " is 17 characters.</summary>
    private const int MaxBeforeYear = 24;

    /// <summary>The first place at or after <paramref name="from"/> where "19" or "20" stands before two digits (the regex's year), or -1.</summary>
    private static int NextYear(string text, int from)
    {
        for (var at = from; at + 4 <= text.Length; at++)
        {
            var offset = text.AsSpan(at, text.Length - 3 - at).IndexOfAny('1', '2');
            if (offset < 0) return -1;
            at += offset;
            if ((text[at] == '1' ? text[at + 1] == '9' : text[at + 1] == '0') && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3])) return at;
        }
        return -1;
    }

    /// <summary>The date a <see cref="Regex"/> match names, or null when no such day exists (Feb. 30).</summary>
    public static DateOnly? TryRead(Match match)
    {
        var year = int.Parse(match.Groups["y"].ValueSpan);
        var month = match.Groups["mon"].Success ? MonthNames.Parse(match.Groups["mon"].ValueSpan) : int.Parse(match.Groups["m"].ValueSpan);
        var day = int.Parse(match.Groups["d"].ValueSpan);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
