using System.CommandLine;
using Analysis.Cli;
using Analysis.Cli.Commands;

namespace Analysis.Tests.Scoring;

/// <summary>End to end: `analysis score` on real files.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("score-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static int Run(params string[] args) => CliRunner.Run(new RootCommand { ScoreCommand.Create() }, args);

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Scores_a_good_tsv()
    {
        var input = Write("in.tsv", "id\tspeaker\ttext\n" +
                                    "a\tX\tWe need to calm things down and return to talks.\n" +
                                    "b\tY\tAny attack will be met with a massive military response!\n");
        var output = Path.Combine(dir, "out.tsv");
        Assert.Equal(CliRunner.Ok, Run("score", "--in", input, "--out", output));
        var lines = File.ReadAllLines(output);
        Assert.Equal("id\tsentiment\tstance_score\tstance\tevidence", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("a\t", lines[1]);
        Assert.Equal("conciliatory", lines[1].Split('\t')[3]);
        Assert.Equal("hawkish", lines[2].Split('\t')[3]);
        Assert.Contains("massive military response (threat, -)", lines[2]);
    }

    [Fact]
    public void A_missing_text_column_is_bad_input_naming_the_file()
    {
        var input = Write("bad.tsv", "id\tsentence\n1\tHello.\n");
        var output = Path.Combine(dir, "out.tsv");
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try { Assert.Equal(CliRunner.BadInput, Run("score", "--in", input, "--out", output)); }
        finally { Console.SetError(saved); }
        Assert.Contains("bad.tsv:1", error.ToString());
        Assert.Contains("'text'", error.ToString());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_malformed_row_is_bad_input_naming_the_line()
    {
        var input = Write("rows.tsv", "id\ttext\n1\tFine.\n2\tToo\tmany\n");
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try { Assert.Equal(CliRunner.BadInput, Run("score", "--in", input, "--out", Path.Combine(dir, "o.tsv"))); }
        finally { Console.SetError(saved); }
        Assert.Contains("rows.tsv:3", error.ToString());
    }

    [Fact]
    public void A_missing_file_exits_with_2() =>
        Assert.Equal(CliRunner.BadInput, Run("score", "--in", Path.Combine(dir, "nope.tsv"), "--out", Path.Combine(dir, "o.tsv")));
}
