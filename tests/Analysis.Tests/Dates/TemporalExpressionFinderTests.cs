using Analysis.Corpus;
using Analysis.Dates;

namespace Analysis.Tests.Dates;

/// <summary>The parts of the day and the weekend: found after the words that open an expression, not on their own.</summary>
public class TemporalExpressionFinderTests
{
    private static string[] Expressions(string text) =>
        [.. ArticleTimeline.Build(ArticleFactory.Create("test.txt", text, published: new DateOnly(2017, 11, 1))).Expressions.Select(e => e.Span.Of(text))];

    [Theory]
    [InlineData("The mayor spoke last night.", "last night")]
    [InlineData("The mayor spoke this morning.", "this morning")]
    [InlineData("The mayor spoke THIS afternoon.", "THIS afternoon")]
    [InlineData("The mayor spoke over the weekend.", "over the weekend")]
    [InlineData("The mayor spoke this weekend.", "this weekend")]
    [InlineData("The mayor spoke on Tuesday evening.", "on Tuesday evening")]
    [InlineData("The mayor spoke at Monday’s night session.", "Monday’s night")]
    public void A_part_of_the_day_after_its_opening_word_is_an_expression(string text, string expression) =>
        Assert.Equal([expression], Expressions(text));

    [Theory]
    [InlineData("The night of the vote was long, and a morning meeting followed.")]
    [InlineData("The evening news and the afternoon session ran late; weekend traffic was light.")]
    [InlineData("He will speak next Monday night.")]
    public void A_part_of_the_day_on_its_own_is_no_expression(string text) =>
        Assert.Empty(Expressions(text));
}
