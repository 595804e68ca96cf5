using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Extraction;

/// <summary>
/// For any text, including glued-together cue verbs, names, quote marks of every kind, colons, dashes, dates and line
/// breaks: the extractor, the text parsers and the whole pipeline (dating, scoring) never throw, every span lies inside
/// the text, and a statement's quote is exactly the text under its span. CI runs a few thousand cases; set
/// PROPERTY_CASES to soak them for longer (a crash found that way becomes a regression test below).
/// </summary>
public sealed class ExtractorPropertyTests
{
    private static readonly string[] Pieces =
    [
        "\u201C", "\u201D", "\"", "\u2018", "\u2019", "'", ":", ",", ".", "?", " ", " ", " ", "\n", "\n\n", "\r\n", "-", " - ", "(", ")",
        "said", "told reporters", "according to", "tweeted", "said on Twitter", "took to Twitter", "saying", "by tweeting",
        "warned", "added", "that", "he", "she", "who", "the official", "a senior State Department official", "the secretary",
        "Rex Tillerson", "Jane Roe", "Sen.", "U.S.", "Trump", "Secretary of State", "a spokesman for the", "explained as follows",
        "Link to comment", "and", "We", "will", "talk", "A high-ranking defector", "Mr.", "\u2026", "x", "",
        "\u2014", " \u2014 ", "\u2013", "yesterday", "on Tuesday", "last week", "Sept. 20", "In September", "2017", "after the vote",
        "(RSF)", "the RSF", "Reporters Sans Frontieres", "D-Elm Harbor", "Ltd.", "'s", "Q:", "A:", "issued a memo saying",
        "dismissed the plan as", "the 54-year-old", "said in a statement", "Ms.", "Dr.", "spokeswoman", "Minister", "urged",
    ];

    private static int Cases(int inCi) => int.TryParse(Environment.GetEnvironmentVariable("PROPERTY_CASES"), out var n) ? n : inCi;

    private static Arbitrary<string> GluedText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static readonly ArticleAnalyzer Analyzer = new();

    private static bool Holds(string text) => SpansHold(text ?? "", new StatementExtractor().Extract(new Article { Id = "p", Text = text ?? "" }));

    // The whole pipeline, with a publication date so that relative dates resolve, on articles of any boilerplate.
    private static bool PipelineHolds(string text) =>
        SpansHold(text, Analyzer.Analyze(ArticleFactory.Create("p", text, "Wire", null, new DateOnly(2017, 10, 1))));

    private static bool SpansHold(string text, IReadOnlyList<Statement> statements)
    {
        foreach (var s in statements)
        {
            if (s.Span.Start < 0 || s.Span.End > text.Length || s.Span.Start > s.Span.End) return false;
            if (s.Quote != text[s.Span.Start..s.Span.End]) return false;
            if (s.CueSpan.Start < 0 || s.CueSpan.End > text.Length || s.CueSpan.Start > s.CueSpan.End) return false;
            if (string.IsNullOrEmpty(s.Speaker)) return false;
        }
        return true;
    }

    [Fact]
    public void Extractor_is_total_on_glued_news_like_text() =>
        Prop.ForAll(GluedText(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases(2000)));

    [Fact]
    public void Pipeline_is_total_on_glued_news_like_text() =>
        Prop.ForAll(GluedText(), PipelineHolds).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases(2000)));

    [Fact]
    public void Extractor_is_total_on_arbitrary_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases(1000)));

    [Fact]
    public void Layout_spans_lie_inside_the_text() =>
        Prop.ForAll(GluedText(), text =>
        {
            var layout = new TextLayout(text);
            bool Inside(TextSpan s) => s.Start >= 0 && s.End <= text.Length && s.Start <= s.End;
            return layout.Paragraphs.All(Inside)
                && layout.Quotes.All(q => Inside(q.Outer) && Inside(q.Inner) && q.Outer.Start <= q.Inner.Start && q.Inner.End <= q.Outer.End)
                && layout.Sentences.All(s => Inside(s.Span))
                && layout.Tokens.All(t => Inside(t.Span));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases(1000)));

    [Fact]
    public void A_title_read_across_a_double_space_does_not_throw() =>
        // Found by the glued-text property after 93,498 cases: a title ending in "U.S." before two spaces.
        Assert.True(Holds("the secretarysayingthe official - addedtalkSen.Trumpandwho.whoa senior State Department officialexplained " +
            "as followsby tweetingRex Tillerson U.S.  saidhethe officialthe secretary,Mr.andSen.told reporters-Trumptalk.-said(that\n\n"));

    [Fact]
    public void A_stray_quotation_mark_stays_in_its_paragraph()
    {
        var text = "He said \u201Cthis never closes.\n\n\u201CWe will win,\u201D Jane Roe said.";
        var statements = new StatementExtractor().Extract(new Article { Id = "stray", Text = text });
        var statement = Assert.Single(statements);
        Assert.Equal("We will win,", statement.Quote);
        Assert.Equal("Jane Roe", statement.Speaker);
    }
}
