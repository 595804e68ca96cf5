using System.Text;
using System.Text.Json;
using Analysis.Tests.Corpus;

namespace Analysis.Tests.Cli;

/// <summary>
/// `analysis extract` end to end, as a user runs it: good corpora in both formats, and every kind of bad
/// input the issue lists, each with a message naming the file (and row), exit code 2, and no output written.
/// </summary>
public sealed class ExtractCommandTests
{
    private const string Story = "Officials met on Monday.\n\n\"We will keep talking,\" said Jane Roe, a spokeswoman for the ministry.\n";

    [Fact]
    public void Seeds_give_one_json_object_per_statement_with_the_contract_fields()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "statements.jsonl");

        var result = CliProcess.Run("extract", RepositoryPaths.Seeds, "--out", output);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "article", "speaker", "speaker_role", "affiliation", "kind", "quote", "cue", "date", "date_evidence", "date_precision", "stance", "stance_score", "sentiment", "start", "end" })
                Assert.True(root.TryGetProperty(field, out _), $"missing {field} in {line}");
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, root.GetProperty("article").GetString()!));
            Assert.Equal(root.GetProperty("quote").GetString(), text[root.GetProperty("start").GetInt32()..root.GetProperty("end").GetInt32()]);
        }
        Assert.Contains($"statements from 5 articles", result.Stderr);
    }

    [Fact]
    public void Csv_format_is_chosen_by_the_extension_and_holds_the_same_statements()
    {
        using var folder = new TempFolder();
        var jsonl = Path.Combine(folder.Path, "s.jsonl");
        var csv = Path.Combine(folder.Path, "s.csv");

        Assert.Equal(0, CliProcess.Run("extract", RepositoryPaths.Seeds, "--out", jsonl).ExitCode);
        Assert.Equal(0, CliProcess.Run("extract", RepositoryPaths.Seeds, "--out", csv).ExitCode);

        using var reader = new StreamReader(csv);
        var rows = Analysis.Text.Csv.Read(reader).ToList();
        Assert.Equal("article", rows[0].Fields[0]);
        Assert.Equal(File.ReadAllLines(jsonl).Length, rows.Count - 1);
    }

    [Fact]
    public void A_json_lines_corpus_is_read_line_by_line()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("corpus.jsonl", JsonSerializer.Serialize(new { id = "a1", outlet = "Wire", title = "T", published = "2019-05-14", text = Story }) + "\n");
        var output = Path.Combine(folder.Path, "out.jsonl");

        var result = CliProcess.Run("extract", corpus, "--out", output);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllLines(output).Single());
        Assert.Equal("a1", json.RootElement.GetProperty("article").GetString());
        Assert.Equal("Jane Roe", json.RootElement.GetProperty("speaker").GetString());
    }

    [Fact]
    public void Help_explains_the_command_to_a_newcomer()
    {
        var result = CliProcess.Run("extract", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("manifest.csv", result.Stdout);
        Assert.Contains("--format", result.Stdout);
        Assert.Contains("--skip-bad", result.Stdout);
    }

    [Fact]
    public void A_missing_corpus_is_named()
    {
        var result = CliProcess.Run("extract", "/no/such/corpus", "--out", Path.Combine(Path.GetTempPath(), "never.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/corpus", result.Stderr);
    }

    [Fact]
    public void An_empty_folder_is_named()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run("extract", folder.Path, "--out", Path.Combine(Path.GetTempPath(), "never.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(folder.Path, result.Stderr);
    }

    public static TheoryData<string, byte[], string> UnreadableArticles => new()
    {
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08], "binary" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners said \"non\"."), "UTF-8" },
        { "utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("He said hi.")).ToArray(), "UTF-16" },
    };

    [Theory]
    [MemberData(nameof(UnreadableArticles))]
    public void An_unreadable_article_stops_the_run_and_leaves_the_old_output_untouched(string name, byte[] bytes, string reason)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        folder.Write(name, bytes);
        var output = folder.Write("previous.jsonl", "{\"earlier\": true}\n");

        var result = CliProcess.Run("extract", folder.Path, "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(name, result.Stderr);
        Assert.Contains(reason, result.Stderr);
        Assert.Equal("{\"earlier\": true}\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Skip_bad_warns_names_the_file_and_keeps_the_good_articles()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        folder.Write("b.txt", [0x00, 0x01, 0x02]);
        var output = Path.Combine(folder.Path, "out.jsonl");

        var result = CliProcess.Run("extract", folder.Path, "--out", output, "--skip-bad");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: skipped b.txt", result.Stderr);
        Assert.Contains("Jane Roe", File.ReadAllText(output));
    }

    [Fact]
    public void A_manifest_row_naming_a_missing_file_is_named_with_its_row()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        folder.Write("manifest.csv", "file,outlet,title,published\na.txt,Wire,T,2019-05-14\ngone.txt,Wire,T,2019-05-14\n");

        var result = CliProcess.Run("extract", folder.Path, "--out", Path.Combine(folder.Path, "out.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("manifest.csv", result.Stderr);
        Assert.Contains("gone.txt", result.Stderr);
        Assert.Contains("3", result.Stderr);
    }

    [Fact]
    public void An_unparseable_manifest_date_is_named_with_its_row()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        folder.Write("manifest.csv", "file,outlet,title,published\na.txt,Wire,T,14/05/2019\n");

        var result = CliProcess.Run("extract", folder.Path, "--out", Path.Combine(folder.Path, "out.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("manifest.csv", result.Stderr);
        Assert.Contains("14/05/2019", result.Stderr);
    }

    [Fact]
    public void A_stray_quotation_mark_does_not_swallow_the_rest_of_the_article()
    {
        using var folder = new TempFolder();
        folder.Write("stray.txt",
            "Talks resumed in the capital on Monday, the \"final round, officials said.\n\n" +
            "\"We are close to a deal,\" said Jane Roe, a spokeswoman for the ministry.\n\n" +
            "\"Nothing is agreed until everything is agreed,\" said John Doe, the opposition leader.\n");
        var output = Path.Combine(folder.Path, "out.jsonl");

        var result = CliProcess.Run("extract", folder.Path, "--out", output);

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(output);
        Assert.Contains("We are close to a deal", text);
        Assert.Contains("Nothing is agreed until everything is agreed", text);
    }

    [Fact]
    public void A_huge_article_is_refused_by_name_without_running_out_of_memory()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        var huge = Path.Combine(folder.Path, "dump.txt");
        using (var stream = File.Create(huge))
        {
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Story, 1000)));
            while (stream.Length < 50_000_000) stream.Write(block);
        }

        var result = CliProcess.Run("extract", folder.Path, "--out", Path.Combine(folder.Path, "out.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dump.txt", result.Stderr);
        Assert.Contains("limit", result.Stderr);
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        Assert.Equal(2, CliProcess.Run("extract", RepositoryPaths.Seeds, "--out", "x.jsonl", "--format", "xml").ExitCode);
        Assert.Equal(2, CliProcess.Run("extract", RepositoryPaths.Seeds).ExitCode);
        Assert.Equal(2, CliProcess.Run("extract", RepositoryPaths.Seeds, "--out", "x.jsonl", "--threads", "0").ExitCode);
    }
}
