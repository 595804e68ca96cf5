using Analysis.Corpus;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Corpus;

public class PublicationDateDetectorTests
{
    [Theory]
    [InlineData("Title\nPosted on Sept. 30, 2017 by Ann\nText.", "2017-09-30", "Posted on Sept. 30, 2017")]
    [InlineData("Title\nUpdated: 2 March 2020\nText.", "2020-03-02", "Updated: 2 March 2020")]
    [InlineData("Title\nWASHINGTON, October 31, 2017 -\nOfficials said on Tuesday...", "2017-10-31", "October 31, 2017")]
    [InlineData("Title\nText.\n© 2019 Agency. All rights reserved. 2019-04-05", "2019-04-05", "© 2019 Agency. All rights reserved. 2019-04-05")]
    [InlineData("Title\nLISBON, Mar. 4, 2018 — The minister said on Saturday that the long-awaited budget deal was close, and that her party would vote for it when parliament meets.", "2018-03-04", "Mar. 4, 2018")]
    [InlineData("Title\nOSLO, Sept. 9 (Nordic Wire) — Officials said on Friday that talks would resume, a year after the 2016 accord and the 2014 crisis.", "2016-09-09", "Sept. 9")]
    [InlineData("Title\nQUITO/LIMA, Feb. 2 -- The two presidents agreed on Tuesday to meet again by 2030 at the latest, 20 years after the 2010 summit.", "2010-02-02", "Feb. 2")] // "by 2030" is a target, not the story's year
    [InlineData("Title\nBy A Writer\nThursday 3 November 2011\nThe council said on Wednesday that it would appeal.", "2011-11-03", "3 November 2011")]
    [InlineData("Title\nROME, May 5 (Wire) — Officials said talks would resume.", null, null)] // a dateline with no year anywhere: no guess
    [InlineData("Title\nThe deal, signed on Jan. 5, 2012 in Rome, said nothing about it.", null, null)] // a date inside a sentence
    [InlineData("Title\nHe arrived in Paris, May 5, 2012 - the day of the vote, a neighbour recalled.", null, null)] // a place and date mid-sentence
    [InlineData("Title\nText with Feb. 30, 2017 in it", null, null)]        // no such day
    [InlineData("Title\nSince Jan. 4, 2017 nobody has said a word.", null, null)] // an event, not the article's date
    public void Detects_stated_dates(string text, string? date, string? evidence)
    {
        var found = PublicationDateDetector.Detect(text, text.Length);
        Assert.Equal(date, found?.Date.ToString("yyyy-MM-dd"));
        Assert.Equal(evidence, found?.Evidence);
    }

    [Fact]
    public void Ignores_dates_in_the_comment_section()
    {
        const string text = "Title\nOfficials said so.\nLeave a Reply\nPosted on 2020-01-01 by a reader";
        Assert.Null(PublicationDateDetector.Detect(text, BoilerplateDetector.Scan(text).CommentsStart));
    }

    [Fact]
    public void Never_throws_and_evidence_is_in_the_text()
    {
        var pieces = Gen.Elements("Published: ", "Sept. ", "30, ", "2017", "2017-11-01", "\n", "on ", "©", "31 ", "October ", "Feb. 29, ", "x");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""), pieces.ListOf().Select(p => string.Concat(p)));
        Prop.ForAll(texts.ToArbitrary(), Gen.Choose(-5, 500).ToArbitrary(), (text, end) =>
            PublicationDateDetector.Detect(text, end) is not { } found || text.Contains(found.Evidence, StringComparison.Ordinal))
            .QuickCheckThrowOnFailure();
    }
}
