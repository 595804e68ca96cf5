using System.Buffers;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// Finds the time expressions of a text and resolves each to a day or a month: full dates on their own,
/// "yesterday"/"on Tuesday"/"this weekend"/"last week"/"In September"/"On Sept. 20" against the publication
/// date (weekdays are the most recent such day on or before it; a month after the publication month is last
/// year's), and "Twelve days later"/"The month prior" against the previous resolved date in the text. One pass
/// of a multi-word search and a date regex, then the expression regex in small windows: linear in the text.
/// </summary>
internal static partial class TemporalExpressionFinder
{
    /// <summary>Resolved expressions in text order. <paramref name="isQuoted"/> and <paramref name="isSpeech"/> classify a position.</summary>
    /// <paramref name="sentenceStart"/> gives the start of the sentence containing a position.
    public static List<TemporalExpression> Find(string text, DateOnly? published, Func<int, bool> isQuoted, Func<int, bool> isSpeech, Func<int, int> sentenceStart, Func<TextSpan, bool> isBoilerplate)
    {
        var found = new List<(TextSpan Span, Match Match, bool Full)>();
        foreach (var m in CalendarDate.Matches(text)) found.Add((new TextSpan(m.Index, m.Index + m.Length), m, true));
        var fullCount = found.Count;
        var next = 0;
        foreach (var m in Candidates(text))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            while (next < fullCount && found[next].Span.End <= span.Start) next++;
            if (next < fullCount && found[next].Span.Overlaps(span)) continue; // part of a full date
            found.Add((span, m, false));
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var result = new List<TemporalExpression>(found.Count);
        TemporalExpression? previous = null;
        foreach (var (span, match, full) in found)
        {
            if (isBoilerplate(span)) continue;
            var resolved = full ? Full(match) : Resolve(match, published, previous);
            if (resolved is not { } r) continue;
            var sentence = sentenceStart(span.Start);
            var expression = new TemporalExpression(span, r.Value, r.Precision, r.Tolerance, r.Anchor, isQuoted(span.Start), isSpeech(span.Start),
                EventReference.CanDateSpeech(text, span, sentence) && !(r.Precision == DatePrecision.Month && EventReference.IsInRelativeClause(text, span, sentence)),
                EventReference.IsInReportedWords(text, span, sentence));
            result.Add(expression);
            if (!expression.IsQuoted) previous = expression;
        }
        return result;
    }

    /// <summary>
    /// The full expression regex tries many optional lead-ins ("on", "early", "in", numbers) at every word,
    /// which is slow; every expression contains a distinctive word ("Tuesday", "later", "Sept", "weekend"),
    /// which one vectorised multi-word search finds fast. So find those, then match the full regex in a small window around each.
    /// </summary>
    private static List<Match> Candidates(string text)
    {
        var found = new List<Match>();
        var coveredUntil = 0;
        for (var at = 0; NextTrigger(text, at) is var (index, trigger); at = index + trigger.Length)
        {
            if (index < coveredUntil || !CouldBeInExpression(text, index, trigger)) continue;
            var length = trigger.Length;
            var start = Math.Max(0, index - 40);
            var floor = Math.Max(0, start - 20);
            while (start > floor && !char.IsWhiteSpace(text[start - 1])) start--; // begin the window at a word start
            var end = Math.Min(text.Length, index + length + 40);
            for (var m = Expression().Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                if (m.Index + m.Length <= index || m.Index < coveredUntil) continue;
                if (m.Index > index) break;
                coveredUntil = m.Index + m.Length;
                found.Add(m);
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// The distinctive words, in order of preference where two start at the same place ("afternoon" before
    /// "after"), as a leftmost-first alternation would match them, case variants spelled out.
    /// </summary>
    private static readonly string[] Triggers =
    [
        "Yesterday", "yesterday", "Today", "today", "Tonight", "tonight", "night", "morning", "afternoon", "evening",
        "week", "month", "day", "later", "earlier", "prior", "before", "after", "next", "following",
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ];

    /// <summary>One vectorised search for all the trigger words at once.</summary>
    private static readonly SearchValues<string> AnyTrigger = SearchValues.Create(Triggers, StringComparison.Ordinal);

    /// <summary>The leftmost trigger word at or after <paramref name="from"/> (the first of <see cref="Triggers"/> matching there), or null.</summary>
    private static (int Index, string Trigger)? NextTrigger(string text, int from)
    {
        var offset = text.AsSpan(from).IndexOfAny(AnyTrigger);
        if (offset < 0) return null;
        var index = from + offset;
        var rest = text.AsSpan(index);
        foreach (var trigger in TriggersByFirstLetter[rest[0]])
            if (rest.StartsWith(trigger, StringComparison.Ordinal)) return (index, trigger);
        throw new UnreachableException();
    }

    /// <summary>The triggers by first letter (all are ASCII), in their order of preference: a hit is told apart by a handful, not all forty.</summary>
    private static readonly string[][] TriggersByFirstLetter = Enumerable.Range(0, 128)
        .Select(c => Triggers.Where(t => t[0] == c).ToArray())
        .ToArray();

    /// <summary>
    /// Every word of <see cref="Expression"/> that holds a trigger. A match covering a trigger holds it inside one
    /// of these words (every other atom is a space, digit, dot or apostrophe, and no trigger spans two words), and
    /// every such word is followed by a space, dot, apostrophe or word boundary. Keep in step with the regex:
    /// a word missing here makes the finder miss its expressions.
    /// </summary>
    private static readonly string[] ExpressionWords =
    [
        "yesterday", "today", "tonight", "night", "morning", "afternoon", "evening", "weekend",
        "day", "days", "week", "weeks", "month", "months", "later", "earlier", "after", "afterwards", "before", "prior", "next", "following",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    /// <summary>For each trigger, the expression words holding it and where (offset of the trigger in the word).</summary>
    private static readonly Dictionary<string, (string Word, int Offset)[]> WordsHolding = Triggers.ToDictionary(
        t => t,
        t => ExpressionWords.SelectMany(w => Enumerable.Range(0, Math.Max(0, w.Length - t.Length + 1))
                .Where(k => w.AsSpan(k, t.Length).Equals(t, StringComparison.OrdinalIgnoreCase))
                .Select(k => (w, k)))
            .ToArray());

    /// <summary>The units a direction word ("later", "before") follows in a relative expression ("two days later", "the week before").</summary>
    private static readonly string[] Units = ["day", "days", "week", "weeks", "month", "months"];

    /// <summary>The direction words after a unit ("days later"), and the words before a unit not followed by one ("last week", "the next day").</summary>
    private static readonly string[] Directions = ["later", "earlier", "after", "afterwards", "before", "prior"];
    private static readonly string[] UnitLeads = ["last", "next", "following"];

    /// <summary>
    /// The words a part of the day or the weekend follows in an expression: "this weekend", "over the weekend", "last
    /// night", "this morning", and a weekday, perhaps possessive ("Tuesday night", "Monday's evening"), which every
    /// weekday's "-day" ending stands for. Most of these words in news text stand alone ("the night of the vote", "a
    /// morning meeting"), and no expression holds them so.
    /// </summary>
    private static readonly string[] WeekendLeads = ["this", "last", "the"];
    private static readonly string[] NightLeads = ["last", "day", "day's", "day’s"];
    private static readonly string[] PartOfDayLeads = ["this", "day", "day's", "day’s"];

    /// <summary>
    /// A cheap necessary condition for the expression regex to match across the trigger at <paramref name="index"/>:
    /// the trigger stands in a whole expression word; a direction word stands after its unit ("days later"), or
    /// "earlier" before "today"; "next"/"following" stand after "the"; a unit stands after "last", "next" or
    /// "following" or before a direction word. Most trigger hits in news text are plain words ("after the vote",
    /// "the following", "in recent days", "priority", "weekly", "Julia") that fail it, and skipping them saves the regex run.
    /// </summary>
    private static bool CouldBeInExpression(string text, int index, string trigger)
    {
        foreach (var (word, offset) in WordsHolding[trigger])
        {
            var start = index - offset;
            if (start < 0 || !IsWordAt(text, start, word)) continue;
            var end = start + word.Length;
            var ok = word switch
            {
                "later" or "after" or "afterwards" or "before" or "prior" => Follows(text, start, Units),
                "earlier" => Follows(text, start, Units) || Precedes(text, end, ["today"]),
                "next" or "following" => Follows(text, start, ["the"]),
                "day" or "days" or "week" or "weeks" or "month" or "months" => Follows(text, start, UnitLeads) || Precedes(text, end, Directions),
                "weekend" => Follows(text, start, WeekendLeads),
                "night" => Follows(text, start, NightLeads),
                "morning" or "afternoon" or "evening" => Follows(text, start, PartOfDayLeads),
                _ => true,
            };
            if (ok) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> may stand at <paramref name="at"/> as the case-insensitive regex reads it,
    /// ending before a character that is no letter or digit. Any non-ASCII character counts as a possible match
    /// (the regex also equates a few, such as the Kelvin sign with k): the test must never reject a real match.
    /// </summary>
    private static bool IsWordAt(string text, int at, string word)
    {
        var end = at + word.Length;
        if (end > text.Length || (end < text.Length && char.IsLetterOrDigit(text[end]))) return false;
        for (var j = 0; j < word.Length; j++)
        {
            var c = text[at + j];
            if (c < 128 && (c | 0x20) != (word[j] | 0x20)) return false;
        }
        return true;
    }

    /// <summary>Whether one of <paramref name="words"/> and then whitespace stand just before <paramref name="at"/> (whatever precedes the word).</summary>
    private static bool Follows(string text, int at, ReadOnlySpan<string> words)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == at) return false;
        foreach (var word in words)
            if (end >= word.Length && IsWordAt(text, end - word.Length, word)) return true;
        return false;
    }

    /// <summary>Whether whitespace and then one of <paramref name="words"/> follow <paramref name="at"/>.</summary>
    private static bool Precedes(string text, int at, ReadOnlySpan<string> words)
    {
        var start = at;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (start == at) return false;
        foreach (var word in words)
            if (IsWordAt(text, start, word)) return true;
        return false;
    }

    private readonly record struct Resolved(DateOnly Value, DatePrecision Precision, int Tolerance, TemporalAnchor Anchor);

    private static Resolved? Full(Match m) =>
        CalendarDate.TryRead(m) is { } d ? new Resolved(d, DatePrecision.Day, 0, TemporalAnchor.Calendar) : null;

    private static Resolved? Resolve(Match m, DateOnly? published, TemporalExpression? previous)
    {
        var g = m.Groups;
        if (g["rel"].Success) return Relative(m, previous);
        if (published is not { } pub) return null;
        Resolved Day(DateOnly d, int tolerance = 0) => new(d, DatePrecision.Day, tolerance, TemporalAnchor.Publication);
        if (g["yesterday"].Success || g["lastnight"].Success) return Day(pub.AddDays(-1));
        if (g["today"].Success) return Day(pub);
        if (g["weekend"].Success)
        {
            // The Saturday of the weekend containing (or last before) publication; Sunday is within tolerance.
            var saturday = pub.AddDays(-(((int)pub.DayOfWeek + 1) % 7));
            if (g["weekend"].Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) && pub.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                saturday = saturday.AddDays(-7);
            return Day(saturday, 1);
        }
        if (g["lastweek"].Success) return Day(pub.AddDays(-7), 3);
        if (g["lastmonth"].Success) return Month(pub.AddMonths(-1), TemporalAnchor.Publication);
        if (g["wd"].Success)
        {
            var weekday = (int)Enum.Parse<DayOfWeek>(g["wd"].Value, ignoreCase: true);
            return Day(pub.AddDays(-(((int)pub.DayOfWeek - weekday + 7) % 7)));
        }
        if (g["mdmon"].Success)
        {
            var month = MonthNames.Parse(g["mdmon"].ValueSpan);
            var day = int.Parse(g["md"].ValueSpan);
            var year = pub.Year;
            if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            var date = new DateOnly(year, month, day);
            // Without a year, a date well after publication is last year's ("on Dec. 28" in a January article).
            if (date > pub.AddDays(7)) date = day <= DateTime.DaysInMonth(year - 1, month) ? new DateOnly(year - 1, month, day) : date;
            return new Resolved(date, DatePrecision.Day, 0, TemporalAnchor.Calendar);
        }
        if (g["mn"].Success)
        {
            var month = MonthNames.Parse(g["mn"].ValueSpan);
            return Month(new DateOnly(month > pub.Month ? pub.Year - 1 : pub.Year, month, 1), TemporalAnchor.Calendar);
        }
        return null;
    }

    private static Resolved Month(DateOnly d, TemporalAnchor anchor) => new(new DateOnly(d.Year, d.Month, 1), DatePrecision.Month, 0, anchor);

    private static Resolved? Relative(Match m, TemporalExpression? previous)
    {
        if (previous is null) return null;
        var g = m.Groups;
        var unit = g["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var count = g["n"].Success ? Number(g["n"].Value) : 1;
        if (count is null) return null;
        var direction = g["dir"].Value.ToLowerInvariant() is "later" or "after" or "afterwards" or "next" or "following" ? 1 : -1;
        var n = count.Value * direction;
        if (unit == "month") return Month(previous.Value.AddMonths(n), TemporalAnchor.PreviousDate);
        if (previous.Precision != DatePrecision.Day) return null; // "two days later" than "in September" is no day
        var days = unit == "week" ? 7 * n : n;
        return new Resolved(previous.Value.AddDays(days), DatePrecision.Day, previous.ToleranceDays, TemporalAnchor.PreviousDate);
    }

    private static int? Number(string word) => int.TryParse(word, out var n) ? n : word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14,
        "fifteen" => 15, "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20,
        "thirty" => 30, _ => null,
    };

    private const string Numbers = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|\\d{1,3}";

    [GeneratedRegex("""
        \b(?:
            (?<yesterday>yesterday)
          | (?<lastnight>last\s+night)
          | (?<today>(?:earlier\s+)?today|tonight|this\s+(?:morning|afternoon|evening))
          | (?<weekend>(?:this|last|over\s+the|on\s+the)\s+weekend)
          | (?<lastweek>last\s+week)
          | (?<lastmonth>last\s+month)
          | (?<rel>(?:(?<n>
        """ + Numbers + """
        )\s+(?<unit>days?|weeks?|months?)\s+(?<dir>later|earlier|after|before|afterwards|prior)
             | the\s+(?<unit>day|week|month)\s+(?<dir>prior|before|earlier|after|later)
             | the\s+(?<dir>next|following)\s+(?<unit>day|week|month)))
          | (?:on\s+)?(?<mdmon>
        """ + MonthNames.Pattern + """
        )\.?\s+(?<md>\d{1,2})(?:st|nd|rd|th)?(?![\d:])
          | (?<![Nn]ext\s)(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night)(?:['’]s)?)?
          | (?:in|during|since|early|late|mid-?|in\s+(?:early|late|mid-?))\s*(?<mn>January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d)
        )\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
