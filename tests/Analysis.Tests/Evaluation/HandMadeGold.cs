using System.Text.Json;
using Analysis.Evaluation;

namespace Analysis.Tests.Evaluation;

/// <summary>
/// A small gold file and predictions made by hand so that every verdict occurs once: found with the right date,
/// found with a wrong date, wrong speaker, a beaten duplicate (spurious), unrelated words (spurious), a missed
/// statement, an optional one nobody found, and a month-precision gold date.
/// </summary>
internal static class HandMadeGold
{
    public static IReadOnlyList<GoldStatement> Gold { get; } =
    [
        new() { File = "a.txt", Speaker = "Rex Tillerson", Quote = "We are probing, so stay tuned", Date = "2017-09-30", Stance = "conciliatory", Sentiment = 1 },
        new() { File = "a.txt", Speaker = "Donald Trump", Quote = "Save your energy Rex, we'll do what has to be done", Date = "2017-10-01", Stance = "hawkish", Sentiment = -1 },
        new() { File = "a.txt", Speaker = "Heather Nauert", Quote = "North Korea is showing the world that it is not serious", Date = "2017-09-07", Stance = "hawkish", Sentiment = -1 },
        new() { File = "a.txt", Speaker = "KCNA", Quote = "an explicit threat to carry out an electro-magnetic pulse attack", Optional = true },
        new() { File = "b.txt", Speaker = "James Mattis", Quote = "any threats will be met with a massive military response", Date = "2017-09", Stance = "hawkish", Sentiment = -1 },
    ];

    public static IReadOnlyList<PredictedStatement> Predicted { get; } =
    [
        new("a.txt", "Tillerson", "We are probing, so stay tuned,", "2017-09-30", "conciliatory", 0.5),
        new("corpus/a.txt", "President Donald Trump", "…Save your energy Rex, we’ll do what has to be done!", "2017-10-02", "hawkish", -0.8),
        new("b.txt", "Heather Nauert", "any threats to the US will be met with a massive military response", "2017-09-03", "neutral", 0.02),
        new("a.txt", "Nikki Haley", "the weather is nice today", null, "neutral", 0.3),
        new("a.txt", "Rex Tillerson", "We are probing so stay tuned, he said", "2017-09-30", "conciliatory", 0.4),
    ];

    public static void WriteGold(string path, IEnumerable<GoldStatement> gold) =>
        File.WriteAllLines(path, gold.Select(g => JsonSerializer.Serialize(g)));

    public static void WritePredicted(string path, IEnumerable<PredictedStatement> predicted) =>
        File.WriteAllLines(path, predicted.Select(p => JsonSerializer.Serialize(new
        {
            article = p.Article, speaker = p.Speaker, quote = p.Quote, date = p.Date, stance = p.Stance, sentiment = p.Sentiment,
        })));
}
