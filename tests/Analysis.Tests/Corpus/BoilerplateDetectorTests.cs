using Analysis.Corpus;
using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Corpus;

public class BoilerplateDetectorTests
{
    public static TheoryData<string> Fixtures() =>
        new(Directory.EnumerateFiles(CorpusFixtures.Fixture("boilerplate"), "*.kept.txt")
            .Select(f => Path.GetFileName(f).Replace(".kept.txt", ""))
            .Order(StringComparer.Ordinal));

    /// <summary>Each fixture's .kept.txt lists the lines (trimmed, non-blank) that must survive as article text.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Keeps_exactly_the_article_lines(string fixture)
    {
        var text = File.ReadAllText(CorpusFixtures.Fixture("boilerplate", fixture + ".txt"));
        var expected = File.ReadAllLines(CorpusFixtures.Fixture("boilerplate", fixture + ".kept.txt"));

        var spans = BoilerplateDetector.Detect(text);

        Assert.Equal(expected, KeptLines(text, spans));
    }

    [Fact]
    public void Seed_forum_repost_ends_at_the_agency_copyright_line()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "003_6391798f6d6f920f.txt"));
        var spans = BoilerplateDetector.Detect(text);
        var copyright = text.IndexOf("© Copyright", StringComparison.Ordinal);
        var afterCopyright = text.IndexOf('\n', copyright) + 1;

        Assert.Contains(spans, s => s.Contains(copyright));
        // Every non-blank character after the copyright line is boilerplate (reader posts, sign-in prompts).
        for (var i = afterCopyright; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) Assert.Contains(spans, s => s.Contains(i));
    }

    [Fact]
    public void No_gold_statement_of_the_seeds_falls_in_boilerplate()
    {
        foreach (var (file, quote) in GoldQuotes())
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, file));
            var start = text.IndexOf(quote, StringComparison.Ordinal);
            Assert.True(start >= 0, $"{file}: gold quote not found");
            var quoteSpan = new TextSpan(start, start + quote.Length);
            Assert.DoesNotContain(BoilerplateDetector.Detect(text), s => s.Overlaps(quoteSpan));
        }
    }

    [Fact]
    public void Every_seed_has_its_comment_furniture_marked()
    {
        // The last non-blank line of each seed that has one is comment-section furniture.
        foreach (var file in new[] { "000_e25ab9f4258a218f.txt", "001_57bb37333ac8a8cc.txt", "003_6391798f6d6f920f.txt", "004_7b1bfabfb2c95a7d.txt" })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, file));
            var last = text.TrimEnd().Length - 1;
            Assert.Contains(BoilerplateDetector.Detect(text), s => s.Contains(last));
        }
    }

    [Fact]
    public void Never_throws_and_spans_are_sorted_disjoint_and_inside_the_text()
    {
        var fragments = Gen.Elements("Link to comment", "Share", "Leave a Reply", "By John Smith", "© 2020 X", "said:", "\n", "\r\n", " ", "\u00a0", "“", "Comments", "Posted on by", "3 hours ago, bob said:");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            fragments.ListOf().Select(parts => string.Concat(parts)));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var spans = BoilerplateDetector.Detect(text);
            var previousEnd = 0;
            foreach (var span in spans)
            {
                if (span.Start < previousEnd || span.End > text.Length || span.IsEmpty) return false;
                previousEnd = span.End;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static IEnumerable<string> KeptLines(string text, IReadOnlyList<TextSpan> spans)
    {
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var span = new TextSpan(start, start + line.Length);
            start += line.Length + 1;
            if (line.Trim().Length > 0 && !spans.Any(s => s.Overlaps(span))) yield return line.Trim();
        }
    }

    private static IEnumerable<(string File, string Quote)> GoldQuotes() =>
        File.ReadLines(RepositoryPaths.Gold)
            .Where(l => l.Trim().Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("file").GetString()!, e.GetProperty("quote").GetString()!));
}
