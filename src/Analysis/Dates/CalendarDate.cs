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
