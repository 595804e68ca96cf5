using System.Text;
using Analysis.Corpus;

namespace Analysis.Tests.Corpus;

public class CorpusSourceTests
{
    private static List<CorpusItem> ReadAll(string path, long max = CorpusSource.DefaultMaxArticleBytes) =>
        CorpusSource.Open(path, max).Read().ToList();

    private static ArticleProblem OnlyProblem(string path, long max = CorpusSource.DefaultMaxArticleBytes) =>
        Assert.IsType<ArticleProblem>(Assert.Single(ReadAll(path, max)));

    [Fact]
    public void Folder_with_manifest_takes_metadata_from_it_and_dates_unlisted_articles_from_their_text()
    {
        var source = CorpusSource.Open(CorpusFixtures.Fixture("folder-manifest"));
        var articles = CorpusLoader.Load(source).ToList();

        Assert.Equal(["a.txt", "b.txt", "c.txt"], articles.Select(a => a.Id));
        var a = articles[0];
        Assert.Equal(("City Post", "Harbour bridge reopens, at last", new DateOnly(2019, 3, 4), "manifest"), (a.Outlet, a.Title, a.Published, a.PublishedEvidence));
        var b = articles[1];
        Assert.StartsWith("Ferry fares rise", b.Text); // the byte-order mark is not part of the text
        Assert.Null(b.Published);                      // listed without a date, and the text states none
        var c = articles[2];
        Assert.Equal((null, new DateOnly(2017, 10, 1), "Published: October 1, 2017"), (c.Outlet, c.Published, c.PublishedEvidence));
    }

    [Fact]
    public void Item_sizes_add_up_to_the_total_for_a_progress_bar()
    {
        foreach (var path in new[] { CorpusFixtures.Fixture("folder-manifest"), CorpusFixtures.Fixture("jsonl", "good.jsonl"), CorpusFixtures.Fixture("jsonl", "bad.jsonl") })
        {
            var source = CorpusSource.Open(path);
            Assert.Equal(source.TotalBytes, source.Read().Sum(i => i.Bytes)); // blank lines and the BOM count into the next item
        }
    }

    [Theory]
    [InlineData("published-label.txt", "2017-10-01", "Published: October 1, 2017")]
    [InlineData("copyright.txt", "2017-11-01", "-- © Copyright Agency 2017-11-01")]
    [InlineData("dateline.txt", "2017-09-30", "Sept. 30, 2017")]
    [InlineData("prose-date-only.txt", null, null)]
    [InlineData("none.txt", null, null)]
    public void Publication_date_stated_in_the_text(string file, string? date, string? evidence)
    {
        var article = CorpusLoader.Load(CorpusSource.Open(CorpusFixtures.Fixture("folder-stated-dates"))).Single(a => a.Id == file);
        Assert.Equal(date, article.Published?.ToString("yyyy-MM-dd"));
        Assert.Equal(evidence, article.PublishedEvidence);
    }

    [Fact]
    public void Json_lines_corpus_reads_ids_metadata_and_text()
    {
        var articles = CorpusLoader.LoadFolder(CorpusFixtures.Fixture("jsonl", "good.jsonl")).ToList();

        Assert.Equal(["art-1", "2", "art-3"], articles.Select(a => a.Id));
        Assert.Equal(("Wire", "Talks resume", new DateOnly(2020, 2, 3)), (articles[0].Outlet, articles[0].Title, articles[0].Published));
        Assert.Equal(new DateOnly(2021, 3, 5), articles[1].Published); // stated in the text
        var comments = Assert.Single(articles[1].Boilerplate);
        Assert.Equal("Leave a Reply\nGreat article!", comments.Of(articles[1].Text));
        Assert.Equal(("", new DateOnly(2021, 3, 5)), (articles[2].Text, articles[2].Published)); // empty is fine; date-times give their day
    }

    [Fact]
    public void Json_lines_corpus_reports_each_bad_line_by_number_and_goes_on()
    {
        var items = ReadAll(CorpusFixtures.Fixture("jsonl", "bad.jsonl"));

        Assert.Equal(["ok-1", "ok-2"], items.OfType<ArticleItem>().Select(i => i.Article.Id));
        var problems = items.OfType<ArticleProblem>().Select(p => p.ToString()).ToList();
        Assert.Collection(problems,
            p => Assert.StartsWith("bad.jsonl:2: not valid JSON", p),
            p => Assert.Equal("bad.jsonl:3: no \"id\" (each line needs an id and a text)", p),
            p => Assert.Equal("bad.jsonl:4: article no-text has no \"text\" string", p),
            p => Assert.Equal("bad.jsonl:5: article bad-date: \"published\" is 'yesterday', not a date (expected yyyy-mm-dd)", p),
            p => Assert.Equal("bad.jsonl:6: expected a JSON object, found an array", p),
            p => Assert.Equal("bad.jsonl:8: invalid UTF-8 at byte 28: save the file as UTF-8 (byte offsets count from the start of the line)", p));
    }

    [Fact]
    public void Strict_loading_stops_at_the_first_problem_naming_file_and_line()
    {
        var error = Assert.Throws<InputException>(() => CorpusLoader.LoadFolder(CorpusFixtures.Fixture("jsonl", "bad.jsonl")).ToList());
        Assert.StartsWith("bad.jsonl:2: not valid JSON", error.Message);
    }

    [Fact]
    public void A_single_text_file_is_a_corpus_of_one()
    {
        var article = Assert.Single(CorpusLoader.LoadFolder(CorpusFixtures.Fixture("folder-stated-dates", "none.txt")));
        Assert.Equal("none.txt", article.Id);
    }

    [Fact]
    public void Missing_path_is_an_input_error_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid());
        var error = Assert.Throws<InputException>(() => CorpusSource.Open(missing));
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void Empty_folder_and_unknown_file_type_are_input_errors()
    {
        using var folder = new TempFolder();
        Assert.Contains("no .txt articles", Assert.Throws<InputException>(() => CorpusSource.Open(folder.Path)).Message);
        var pdf = folder.Write("paper.pdf", "%PDF");
        Assert.Contains("not a corpus", Assert.Throws<InputException>(() => CorpusSource.Open(pdf)).Message);
    }

    [Fact]
    public void Manifest_row_naming_a_missing_file_is_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "text");
        folder.Write("manifest.csv", "file,published\na.txt,2017-01-01\ngone.txt,2017-01-02\n");
        var error = Assert.Throws<InputException>(() => CorpusSource.Open(folder.Path));
        Assert.Contains("manifest.csv", error.Message);
        Assert.Contains("gone.txt", error.Message);
    }

    [Theory]
    [InlineData("file,published\na.txt,01/02/2017\n", "manifest.csv:2: '01/02/2017' in column 'published' of a.txt is not a date")]
    [InlineData("name,published\na.txt,2017-01-01\n", "manifest.csv:1: the manifest header has no 'file' column")]
    [InlineData("file,published\na.txt,2017-01-01\na.txt,2017-01-01\n", "manifest.csv:3: a.txt is listed twice")]
    [InlineData("file,title\n\"a.txt\",\"Two\nlines\"\n,x\n", "manifest.csv:4: the row has no file name")]
    public void Bad_manifest_rows_are_input_errors_naming_the_row(string manifest, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "text");
        folder.Write("manifest.csv", manifest);
        var error = Assert.Throws<InputException>(() => CorpusSource.Open(folder.Path));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Binary_file_is_a_problem_not_an_article()
    {
        using var folder = new TempFolder();
        folder.Write("scan.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
        Assert.Equal("scan.txt: binary file (NUL byte at byte 4), not text", OnlyProblem(folder.Path).ToString());
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_byte_and_line()
    {
        using var folder = new TempFolder();
        folder.Write("latin1.txt", [.. Encoding.UTF8.GetBytes("line one\nCaf"), 0xE9, (byte)'\n']);
        Assert.Equal("latin1.txt:2: invalid UTF-8 at byte 12: save the file as UTF-8", OnlyProblem(folder.Path).ToString());
    }

    [Fact]
    public void Utf16_file_is_a_problem_with_a_hint()
    {
        using var folder = new TempFolder();
        folder.Write("wide.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hello")).ToArray());
        Assert.Contains("UTF-16", OnlyProblem(folder.Path).Message);
    }

    [Fact]
    public void Unreadable_file_is_a_problem_naming_it()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "dangling.txt"), Path.Combine(folder.Path, "nowhere"));
        var problem = OnlyProblem(folder.Path);
        Assert.Equal("dangling.txt", problem.Source);
        Assert.StartsWith("cannot read", problem.Message);
    }

    [Fact]
    public void Oversized_article_is_skipped_with_a_clear_message()
    {
        using var folder = new TempFolder();
        folder.Write("dump.txt", new string('x', 3000));
        Assert.Equal("dump.txt: article is 2.9 KB, over the 1000 bytes limit for one article", OnlyProblem(folder.Path, max: 1000).ToString());
    }

    [Fact]
    public void Oversized_json_line_is_skipped_and_the_next_line_still_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.jsonl", $"{{\"id\":\"big\",\"text\":\"{new string('x', 200_000)}\"}}\n{{\"id\":\"small\",\"text\":\"ok\"}}\n");
        var items = ReadAll(path, max: 1000);
        Assert.StartsWith("big.jsonl:1: article is 195.3 KB, over the 1000 bytes limit", Assert.IsType<ArticleProblem>(items[0]).ToString());
        Assert.Equal("small", Assert.IsType<ArticleItem>(items[1]).Article.Id);
    }

    [Fact]
    public void Empty_article_is_an_article_not_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", "");
        var article = Assert.Single(CorpusLoader.LoadFolder(folder.Path));
        Assert.Equal(("", 0), (article.Text, article.Boilerplate.Count));
    }
}
