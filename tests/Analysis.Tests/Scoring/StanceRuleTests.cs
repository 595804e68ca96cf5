using Analysis.Scoring;

namespace Analysis.Tests.Scoring;

/// <summary>Each stance rule on general sentences (not the seed quotes), with the evidence it leaves.</summary>
public sealed class StanceRuleTests
{
    private static StatementScores Score(string text) => new StatementScorer().Score(text);

    [Fact]
    public void Talks_and_calming_are_conciliatory()
    {
        var s = Score("The minister said both sides should calm things down and return to negotiations.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("calm things down (+)", s.Evidence);
        Assert.Contains("negotiations (+)", s.Evidence);
    }

    [Fact]
    public void Force_and_pressure_are_hawkish() =>
        Assert.Equal(Stance.Hawkish, Score("We will impose maximum pressure and tougher sanctions.").Stance);

    [Fact]
    public void A_response_that_will_come_is_a_threat_not_an_act()
    {
        var s = Score("Any attack on our ships will be met with a massive military response.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("massive military response (threat, -)", s.Evidence);
    }

    [Fact]
    public void A_conditional_is_marked_as_a_conditional_threat()
    {
        var s = Score("If they attack, we will destroy them.");
        Assert.Contains(s.Evidence, e => e.StartsWith("destroy (conditional threat", StringComparison.Ordinal));
    }

    [Fact]
    public void Negated_talks_are_not_conciliatory()
    {
        var s = Score("The rebels showed no sign that they are ready for talks.");
        Assert.Equal(Stance.Neutral, s.Stance);
        Assert.Contains("talks (negated, 0)", s.Evidence);
        Assert.True(s.Sentiment < 0, "a refused offer of talks is bad news");
    }

    [Fact]
    public void Negated_force_followed_by_but_diplomacy_is_conciliatory()
    {
        var s = Score("What we want is not a war but a diplomatic settlement.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("war (negated, +)", s.Evidence);
    }

    [Fact]
    public void Dismissing_talks_is_hawkish()
    {
        var s = Score("She said the envoy is wasting his time trying to negotiate with them.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("negotiate (dismissed, -)", s.Evidence);
        Assert.Equal(Stance.Hawkish, Score("Such talks are a waste of time.").Stance);
    }

    [Fact]
    public void Preventing_force_is_conciliatory()
    {
        var s = Score("The bill would prevent the president from ordering a first strike.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("first strike (averted, +)", s.Evidence);
    }

    [Fact]
    public void Words_without_stance_are_neutral()
    {
        var s = Score("The report is on the third floor of the building.");
        Assert.Equal((0.0, 0.0, Stance.Neutral), (s.Sentiment, s.StanceScore, s.Stance));
        Assert.Empty(s.Evidence);
    }

    [Fact]
    public void Labels_follow_the_threshold()
    {
        Assert.Equal(Stance.Conciliatory, StatementScorer.LabelOf(StatementScorer.StanceThreshold));
        Assert.Equal(Stance.Hawkish, StatementScorer.LabelOf(-StatementScorer.StanceThreshold));
        Assert.Equal(Stance.Neutral, StatementScorer.LabelOf(0.1));
    }

    [Theory]
    [InlineData("The union said it was ready to return to the bargaining process and go back to the table next week.")]
    [InlineData("The ministers agreed to sit around the table on Monday.")]
    [InlineData("Our door is open to anyone who wants to settle this.")]
    [InlineData("Both capitals signalled they could meet each other halfway on fishing quotas.")]
    public void Negotiation_idioms_are_conciliatory(string text) => Assert.Equal(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("Dock workers will walk out on Friday.")]
    [InlineData("We will not be intimidated by the employers.")]
    [InlineData("The ministry said the new levy was unacceptable.")]
    [InlineData("They keep playing games with farmers' livelihoods.")]
    public void Defiance_and_industrial_action_are_hawkish(string text) => Assert.Equal(Stance.Hawkish, Score(text).Stance);
}
