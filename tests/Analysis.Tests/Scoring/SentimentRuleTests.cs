using Analysis.Scoring;

namespace Analysis.Tests.Scoring;

/// <summary>Each sentiment rule, shown by a pair of sentences that differ only in what the rule reads.</summary>
public sealed class SentimentRuleTests
{
    private static double Tone(string text) => new StatementScorer().Score(text).Sentiment;

    [Fact]
    public void Negation_turns_a_word_around()
    {
        // A mildly bad word negated rises (the bare negator's own criticism keeps it just below zero).
        Assert.True(Tone("The situation is not serious.") > Tone("The situation is serious."));
        Assert.True(Tone("The result was good.") * Tone("The result was not good.") < 0);
        Assert.True(Tone("The plan has helped.") > 0);
        Assert.True(Tone("The plan hasn't helped.") < 0);
        Assert.True(Tone("There is no hope.") < 0);
    }

    [Fact]
    public void Idioms_with_no_are_not_negations() =>
        Assert.True(Tone("No wonder they are happy.") > 0);

    [Fact]
    public void Intensifiers_strengthen_and_dampeners_weaken()
    {
        Assert.True(Tone("It was very, very bad.") < Tone("It was bad."));
        Assert.True(Tone("The result was totally good.") > Tone("The result was good."));
        Assert.True(Tone("The result was slightly good.") < Tone("The result was good."));
    }

    [Fact]
    public void The_clause_after_but_carries_the_point()
    {
        Assert.True(Tone("The plan is good, but the execution is terrible.") < 0);
        Assert.True(Tone("The plan is terrible, but the execution is good.") > 0);
        // A sentence opening with "But" carries the point against the sentence before.
        Assert.True(Tone("The plan is terrible. But the execution is good.") > Tone("The plan is terrible. And the execution is good."));
        Assert.True(Tone("The plan is good. But the execution is terrible.") < Tone("The plan is good. And the execution is terrible."));
    }

    [Fact]
    public void Exclamation_marks_and_caps_add_emphasis()
    {
        Assert.True(Tone("This is great!!") > Tone("This is great."));
        Assert.True(Tone("This is GREAT for us.") > Tone("This is great for us."));
    }

    [Fact]
    public void Acting_against_something_bad_is_good_news()
    {
        Assert.True(Tone("Cancer is rising.") < 0);
        Assert.True(Tone("The drug will reduce the risk of cancer.") > 0);
    }

    [Fact]
    public void Capitalised_words_inside_a_sentence_are_names_not_tone() =>
        // "Justice" is a rated word; inside a name it adds nothing: the sentence scores as one naming a plain office.
        Assert.Equal(Tone("He met officials of the Cedar Falls Water Department."), Tone("He met officials of the United States Justice Department."));

    [Fact]
    public void Like_the_preposition_has_no_tone()
    {
        // Around words with no tone of their own (no lexicon rates them and no shift was learned for them).
        Assert.Equal(0, Tone("It is like a report."));
        Assert.True(Tone("We like the report.") > 0);
    }

    [Fact]
    public void News_lexicon_rates_words_VADER_lacks()
    {
        Assert.True(Tone("Corruption and pollution spread.") < 0);
        Assert.True(Tone("They pursued diplomacy.") > 0);
    }

    [Fact]
    public void The_embedded_VADER_lexicon_is_loaded()
    {
        Assert.True(SentimentLexicon.Default.Count > 7000);
        Assert.Equal(3.1, SentimentLexicon.Default.Valence("great"));
        Assert.Equal(-2.9, SentimentLexicon.Default.Valence("deaths"));   // from the news lexicon
        Assert.Equal(SentimentLexicon.Default.Valence("wrong"), SentimentLexicon.Default.Valence("wrongly")); // inflection fallback
    }

    [Fact]
    public void A_word_only_AFINN_rates_is_scored_and_shown_as_evidence()
    {
        Assert.Null(SentimentLexicon.Default.Valence("allegation"));                  // VADER lacks it
        Assert.Equal(-2 * 0.8, SentimentLexicon.Default.Rate("allegation")!.Value.Valence, 6); // AFINN -2 on VADER's scale
        Assert.Equal(LexiconSource.Afinn, SentimentLexicon.Default.Rate("allegation")!.Value.Source);
        var s = new StatementScorer().Score("The report repeated the allegation.");
        Assert.True(s.Sentiment < 0);
        Assert.Contains(s.Evidence, e => e.StartsWith("allegation (tone -", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negator_with_nothing_rated_is_mildly_critical() =>
        Assert.InRange(Tone("The plan does not address the shortfall."), -0.3, -0.05);

    [Fact]
    public void Nobody_negates_like_no_one()
    {
        Assert.True(Tone("Nobody wants a confrontation.") > Tone("Everybody wants a confrontation."));
        Assert.True(Tone("Nobody was hurt.") > Tone("Somebody was hurt."));
    }

    [Fact]
    public void A_negated_word_is_turned_and_weakened_not_mirrored()
    {
        // "not good" is bad news, but milder than "bad"; "not bad" is good news, but milder than "good".
        Assert.InRange(Tone("The result was not good."), Tone("The result was bad.") + 0.01, -0.05);
        Assert.InRange(Tone("The result was not bad."), 0.05, Tone("The result was good.") - 0.01);
    }

    [Fact]
    public void Weak_evidence_keeps_its_sign_outside_the_neutral_band()
    {
        // One mild word in a long sentence: little tone, but its sign, not "neutral".
        const string padding = " on the third floor of the building next to the station near the river on Tuesday";
        Assert.True(Tone("The committee approved the plan" + padding + ".") > SentimentCalibration.NeutralBand);
        Assert.True(Tone("The committee delayed the plan" + padding + ".") < -SentimentCalibration.NeutralBand);
        // No evidence at all stays an honest 0.
        Assert.Equal(0, Tone("They met on the third floor."));
    }

    [Fact]
    public void A_stance_phrase_is_counted_once_not_again_through_its_words()
    {
        // "peace talks" is a stance cue; its words' own ratings ("peace" +2.5) do not add to the cue's tone.
        var scores = new StatementScorer().Score("They began peace talks.");
        Assert.True(scores.Sentiment > 0);
        Assert.DoesNotContain(scores.Evidence, e => e.StartsWith("peace (tone", StringComparison.Ordinal));
    }

    [Fact]
    public void No_negates_its_whole_noun_phrase_but_not_reaches_only_three_words()
    {
        // "no" denies "plans for major cuts": the cuts read as good news against the same sentence about a neutral noun.
        Assert.True(Tone("The company had no plans for major cuts.") > Tone("The company had no plans for major meetings."));
        Assert.True(Tone("The company had plans for major cuts.") < Tone("The company had plans for major meetings."));
        // "not" keeps VADER's three-word scope: "not" here says nothing about the cuts five words on.
        Assert.True(Tone("The company did not say if there were cuts.") < Tone("The company did not say if there were meetings."));
    }

    [Fact]
    public void A_negated_shifter_leaves_the_bad_thing_bad()
    {
        // "reduce the risk" is good news; "will not reduce the risk" denies the reduction, so the risk stays: bad news,
        // where turning "risk" itself would read it as good.
        Assert.True(Tone("The new rules will reduce the risk.") > 0);
        Assert.True(Tone("The new rules will not reduce the risk.") < 0);
        Assert.Contains(new StatementScorer().Score("The new rules will not reduce the risk.").Evidence,
            e => e.StartsWith("risk (tone -", StringComparison.Ordinal));
        // Without a shifter the negator still turns the word: "no risk" is good news.
        Assert.Contains(new StatementScorer().Score("The new rules carry no risk.").Evidence,
            e => e.StartsWith("risk (tone +", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Levels were well above the guideline.")]
    [InlineData("Spending ran well over budget.")]
    [InlineData("My well is close to that fence.")]
    [InlineData("They drilled a new oil well.")]
    [InlineData("They sent food as well.")]
    public void Well_as_a_degree_adverb_or_a_noun_has_no_tone(string text) =>
        Assert.DoesNotContain(new StatementScorer().Score(text).Evidence, e => e.StartsWith("well (tone", StringComparison.Ordinal));

    [Fact]
    public void Well_as_approval_keeps_its_tone() =>
        Assert.Contains(new StatementScorer().Score("All is well.").Evidence, e => e.StartsWith("well (tone +", StringComparison.Ordinal));
}
