using Analysis.Corpus;
using Analysis.Output;
using Analysis.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Output;

/// <summary>Reading back what `analysis extract` wrote gives the same statements, in both formats.</summary>
public sealed class StatementReaderTests
{
    [Theory]
    [InlineData("statements.jsonl")]
    [InlineData("statements.csv")]
    public void A_written_file_reads_back_to_the_same_statements(string name)
    {
        using var folder = new TempFolder();
        var statements = CorpusLoader.LoadFolder(Path.Combine(RepositoryPaths.Root, "seeds")).SelectMany(new ArticleAnalyzer().Analyze).ToList();
        var format = StatementFormats.OfPath(name);
        StatementWriter.WriteFile(folder[name], format, statements);

        var read = StatementReader.ReadFile(folder[name]).ToList();
        StatementWriter.WriteFile(folder["again-" + name], format, read);

        Assert.Equal(statements.Count, read.Count);
        Assert.Equal(File.ReadAllText(folder[name]), File.ReadAllText(folder["again-" + name]));
        Assert.Equal(statements.Select(s => (s.Speaker, s.Quote, s.Span, s.Date.Value, s.Date.Precision, s.Scores.Stance)),
                     read.Select(s => (s.Speaker, s.Quote, s.Span, s.Date.Value, s.Date.Precision, s.Scores.Stance)));
    }

    [Theory]
    [InlineData("bad.jsonl", "{\"article\": \"a.txt\"}\n", "bad.jsonl:1", "speaker")]
    [InlineData("bad.jsonl", "\n\nnot json\n", "bad.jsonl:3", "not JSON")]
    [InlineData("bad.jsonl", "[1, 2]\n", "bad.jsonl:1", "JSON object")]
    [InlineData("bad.csv", "article,speaker\na.txt,X,extra\n", "bad.csv:2", "fields")]
    [InlineData("bad.csv", "speaker,quote\nX,words\n", "bad.csv:2", "article")]
    public void A_file_outside_the_contract_is_bad_input_naming_file_and_line(string name, string content, string where, string what)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, content);

        var error = Assert.Throws<InputException>(() => StatementReader.ReadFile(path).ToList());

        Assert.Contains(where, error.Message);
        Assert.Contains(what, error.Message);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var error = Assert.Throws<InputException>(() => StatementReader.ReadFile("/nonexistent/statements.jsonl"));
        Assert.Contains("/nonexistent/statements.jsonl", error.Message);
    }

    [Fact]
    public void Any_text_either_reads_or_is_bad_input_never_a_crash()
    {
        using var folder = new TempFolder();
        var header = string.Join(",", StatementColumns.All.Select(c => c.Name));
        var fragments = Gen.Elements("{", "}", "\"speaker\": ", "\"kind\": \"direct\"", "\"start\": 3", "null", ",", "\n", "\"", "x", header, "2017-13-01", "-1", "1e999");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
                              fragments.ArrayOf().Select(parts => string.Concat(parts)));
        var counter = 0;
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            foreach (var name in new[] { $"{counter}.jsonl", $"{counter}.csv" })
            {
                var path = folder.Write(name, text);
                try { StatementReader.ReadFile(path).ToList(); }
                catch (InputException) { }
            }
            counter++;
        }).QuickCheckThrowOnFailure();
    }
}
