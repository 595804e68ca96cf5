using Analysis.Dates;
using Analysis.Extraction;
using Analysis.Scoring;
using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Metrics;

/// <summary>Statements built for metric, table and chart tests, and an FsCheck generator of random ones.</summary>
internal static class TestStatements
{
    public static Statement Make(
        string speaker, string? affiliation, DateOnly? day, double stance, double sentiment = 0, string quote = "talks with Pyongyang",
        DatePrecision precision = DatePrecision.Day, string? outlet = "Example News") => new()
    {
        Article = "article.txt",
        Outlet = outlet,
        Speaker = speaker,
        Affiliation = affiliation,
        Kind = StatementKind.Direct,
        Quote = quote,
        Cue = "said",
        Span = new TextSpan(0, quote.Length),
        Date = day is { } d
            ? precision == DatePrecision.Month ? StatementDate.InMonth(d.Year, d.Month, "in the month") : StatementDate.OnDay(d, "on the day")
            : StatementDate.Unknown,
        Scores = new StatementScores(sentiment, stance, stance < -0.2 ? Stance.Hawkish : stance > 0.2 ? Stance.Conciliatory : Stance.Neutral, ["word"]),
    };

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] Words = ["fire", "fury", "talks", "dialogue", "the", "rocket", "man", "diplomacy", "<b>", "&amp;", "peace", "war", "we", "Pyongyang's", "don't", "2017"];

    /// <summary>A random statement: a few speakers and camps, dates over ~6 weeks in three precisions, scores in range.</summary>
    public static Gen<Statement> Statement { get; } =
        from speaker in Gen.Elements("Donald Trump", "Rex Tillerson", "Kim Jong-un", "Nikki Haley")
        from affiliation in Gen.Elements<string?>("White House", "State Department", "North Korea", null)
        from offset in Gen.Choose(0, 45)
        from precision in Gen.Elements(DatePrecision.Day, DatePrecision.Day, DatePrecision.Month, DatePrecision.Unknown)
        from stance in Gen.Choose(-100, 100)
        from sentiment in Gen.Choose(-100, 100)
        from words in Gen.ListOf(Gen.Elements(Words))
        select Make(speaker, affiliation,
            precision == DatePrecision.Unknown ? null : new DateOnly(2017, 9, 10).AddDays(offset),
            stance / 100.0, sentiment / 100.0, string.Join(' ', words), precision);

    public static Arbitrary<List<Statement>> Lists { get; } = Arb.From(Gen.ListOf(Statement).Select(l => l.ToList()));
}
