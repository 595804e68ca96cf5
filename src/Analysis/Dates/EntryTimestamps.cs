using System.Text.RegularExpressions;
using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// The time stamps that open the entries of a live blog: a line holding only a clock time ("15.55 BST",
/// "9:14am", "10.02 ET"). An entry is written on the day the blog is published, so its undated statements
/// belong to that day rather than to a day named in an earlier entry.
/// </summary>
public static partial class EntryTimestamps
{
    /// <summary>The stamp lines of <paramref name="text"/>, in order (the time itself, without surrounding blanks).</summary>
    public static List<TextSpan> Find(string text)
    {
        var stamps = new List<TextSpan>();
        // A stamp never spans a line break, so each line is matched alone, and only if it opens with a digit: the
        // regex run over the whole text would try every blank of the prose as a possible line start.
        for (var lineStart = 0; lineStart <= text.Length; )
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimStart(" \t");
            if (line.Length > 0 && char.IsDigit(line[0]) && StampLine().Match(text, lineStart, lineEnd - lineStart) is { Success: true } m)
                stamps.Add(new TextSpan(m.Groups["time"].Index, m.Groups["time"].Index + m.Groups["time"].Length));
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        return stamps;
    }

    // A whole line: hours 0-23, a '.' or ':' and minutes, an optional am/pm and time zone. Nothing else on the
    // line, so "Wed 17 Apr 2019 16.48 BST" (a dated header) and prose mentioning a time are not stamps.
    [GeneratedRegex(@"^[ \t]*(?<time>(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?(?:[ \t]+(?:BST|GMT|CET|CEST|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|AEST|AEDT|IST|JST|local))?)[ \t]*\r?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StampLine();
}
