namespace Analysis.Dates;

/// <summary>
/// English month names as news text writes them: full ("September"), AP style ("Sept."), and
/// three-letter ("Sep"). One table so the publication-date detector and the timeline agree.
/// </summary>
public static class MonthNames
{
    /// <summary>A regex alternation matching any month name (longest forms first), without the trailing dot.</summary>
    public const string Pattern =
        "January|February|March|April|May|June|July|August|September|October|November|December" +
        "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

    /// <summary>The month number (1..12) of a name matched by <see cref="Pattern"/> (case-insensitive, a trailing dot allowed), or 0.</summary>
    public static int Parse(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd('.');
        if (name.Length < 3) return 0;
        Span<char> lower = stackalloc char[3];
        for (var i = 0; i < 3; i++) lower[i] = char.ToLowerInvariant(name[i]);
        return lower switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
    }
}
