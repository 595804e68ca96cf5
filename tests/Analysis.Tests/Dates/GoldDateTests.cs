using System.Text.Json;
using Analysis.Corpus;
using Analysis.Dates;
using Analysis.Extraction;
using Analysis.Text;
using Xunit.Abstractions;

namespace Analysis.Tests.Dates;

/// <summary>
/// The timeline judged on the human annotation, independently of the extractor: each gold statement is
/// rebuilt from its quote (exact substring) and its cue (found nearest the quote), dated, and compared by
/// score.py's rule (month gold: same yyyy-MM; day gold: within date_tolerance_days).
/// </summary>
public class GoldDateTests(ITestOutputHelper output)
{
    private sealed record GoldLine(string File, string Speaker, string Quote, string Cue, string Date, int Tolerance);

    [Fact]
    public void Dates_at_least_90_percent_of_the_dated_gold_statements()
    {
        var articles = CorpusLoader.LoadFolder(RepositoryPaths.Seeds).ToDictionary(a => a.Id);
        var gold = ReadGold();
        var wrong = new List<string>();
        foreach (var g in gold)
        {
            var article = articles[g.File];
            var statement = Rebuild(article, g);
            var date = ArticleTimeline.Build(article).DateOf(statement);
            if (!Matches(g, date))
                wrong.Add($"{g.File[..3]} {g.Speaker} / {g.Cue}: gold {g.Date}, got {date.ToIsoString() ?? "null"} ({date.Evidence}) : {g.Quote[..Math.Min(50, g.Quote.Length)]}");
        }
        var accuracy = 1.0 - (double)wrong.Count / gold.Count;
        output.WriteLine($"date accuracy {accuracy:P1} on {gold.Count} dated gold statements");
        wrong.ForEach(output.WriteLine);
        Assert.True(gold.Count >= 40, $"only {gold.Count} dated gold lines read");
        Assert.True(accuracy >= 0.90, $"date accuracy {accuracy:P1}:\n{string.Join("\n", wrong)}");
    }

    private static bool Matches(GoldLine g, StatementDate date)
    {
        if (date.ToIsoString() is not { } predicted) return false;
        if (g.Date.Length == 7) return predicted[..7] == g.Date;
        return predicted.Length == 10 && Math.Abs(DateOnly.Parse(g.Date).DayNumber - DateOnly.Parse(predicted).DayNumber) <= g.Tolerance;
    }

    private static Statement Rebuild(Article article, GoldLine g)
    {
        var text = article.Text;
        var start = text.IndexOf(g.Quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{g.File}: gold quote not in the article: {g.Quote}");
        var span = new TextSpan(start, start + g.Quote.Length);
        return new Statement
        {
            Article = article.Id, Speaker = g.Speaker, Kind = StatementKind.Indirect, Quote = g.Quote, Cue = g.Cue.StartsWith('(') ? "" : g.Cue,
            Span = span, CueSpan = FindCue(text, span, g.Cue),
        };
    }

    /// <summary>The cue (or its first word) nearest the quote, in the quote's paragraph or the one before (block quotes after a colon).</summary>
    private static TextSpan FindCue(string text, TextSpan quote, string cue)
    {
        if (cue.StartsWith('(')) return default; // "(continuation)": no cue in the text
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, quote.Start - 1));
        var previousParagraph = paragraphStart <= 0 ? 0 : text.LastIndexOf('\n', paragraphStart - 1, paragraphStart) + 1;
        while (previousParagraph > 0 && paragraphStart - previousParagraph < 3) // skip blank lines between paragraphs
            previousParagraph = text.LastIndexOf('\n', Math.Max(0, previousParagraph - 2)) + 1;
        var paragraphEnd = text.IndexOf('\n', quote.End) is var e and >= 0 ? e : text.Length;
        foreach (var needle in new[] { cue, cue.Split(' ')[0] })
        {
            TextSpan? best = null;
            var bestDistance = int.MaxValue;
            for (var at = text.IndexOf(needle, previousParagraph, StringComparison.Ordinal); at >= 0 && at < paragraphEnd; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var candidate = new TextSpan(at, at + needle.Length);
                if (candidate.Overlaps(quote)) continue;
                var distance = candidate.End <= quote.Start ? quote.Start - candidate.End : candidate.Start - quote.End;
                if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
            }
            if (best is { } found) return found;
        }
        return default;
    }

    private static List<GoldLine> ReadGold() =>
        File.ReadLines(RepositoryPaths.Gold)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => !(e.TryGetProperty("optional", out var o) && o.GetBoolean()))
            .Where(e => e.GetProperty("date").ValueKind == JsonValueKind.String)
            .Select(e => new GoldLine(
                e.GetProperty("file").GetString()!, e.GetProperty("speaker").GetString()!, e.GetProperty("quote").GetString()!,
                e.GetProperty("cue").GetString()!, e.GetProperty("date").GetString()!,
                e.TryGetProperty("date_tolerance_days", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0))
            .ToList();
}
