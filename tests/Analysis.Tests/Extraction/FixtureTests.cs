using System.Text.Json;
using Analysis.Corpus;
using Analysis.Extraction;

namespace Analysis.Tests.Extraction;

/// <summary>
/// Data-driven: every invented article in Fixtures/Extraction (NAME.txt) must yield exactly the
/// statements of NAME.expected.jsonl (speaker, kind, quote), no more, no fewer.
/// </summary>
public sealed class FixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Fact]
    public void There_are_enough_fixtures() => Assert.True(Fixtures().Count >= 12, $"only {Fixtures().Count} fixtures in {Folder}");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_yields_its_expected_statements(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".txt"));
        var expected = File.ReadAllLines(Path.Combine(Folder, name + ".expected.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => Describe(e.GetProperty("speaker").GetString()!, e.GetProperty("kind").GetString()!, e.GetProperty("quote").GetString()!))
            .ToList();
        var actual = new StatementExtractor().Extract(new Article { Id = name, Text = text })
            .Select(s => Describe(s.Speaker, s.Kind.ToString().ToLowerInvariant(), s.Quote))
            .ToList();
        Assert.Equal(expected, actual);
    }

    private static string Describe(string speaker, string kind, string quote) => $"{speaker} | {kind} | {quote}";
}
