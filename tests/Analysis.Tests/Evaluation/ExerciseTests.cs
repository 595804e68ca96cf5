using Analysis.Evaluation;

namespace Analysis.Tests.Evaluation;

/// <summary>The teaching notebook's checks: plain sentences, unanswered cells say so, the solution passes.</summary>
public sealed class ExerciseTests
{
    private static readonly Exercise Exercise = new(HandMadeGold.Gold, "a.txt");

    [Fact]
    public void Unanswered_questions_say_not_answered_yet()
    {
        StudentAnswer[] none = [new("  ")];
        foreach (var feedback in new[] { Exercise.CheckFound([]), Exercise.CheckSpeakers(none), Exercise.CheckDates([]) })
        {
            Assert.Contains("not answered yet", feedback.Heading);
            Assert.False(feedback.AllRight);
        }
    }

    [Fact]
    public void Finding_a_statement_is_confirmed_and_a_wrong_one_explained()
    {
        var feedback = Exercise.CheckFound([new("we'll do what has to be done! Save your energy Rex"), new("the weather is nice")]);
        Assert.Equal("✓ you found Donald Trump’s quote “Save your energy Rex, we'll do what has …”.", feedback.Lines[0].ToString());
        Assert.False(feedback.Lines[1].Right);
        Assert.Contains("“the weather is nice” is not one of the statements in this article", feedback.Lines[1].Message);
        // What is left is counted, with a hint, but never quoted.
        Assert.Null(feedback.Lines[2].Right);
        Assert.StartsWith("2 of 3 statements still to find", feedback.Lines[2].Message);
        Assert.DoesNotContain("probing", feedback.ToString());
        Assert.Contains("1 of 3 found", feedback.Heading);
    }

    [Fact]
    public void A_wrong_speaker_is_named_and_a_missing_one_asked_for()
    {
        var feedback = Exercise.CheckSpeakers([new("Save your energy Rex, we'll do what has to be done", "Rex Tillerson"), new("We are probing, so stay tuned", "")]);
        Assert.Equal("✗ this quote is by Donald Trump, not Rex Tillerson: “Save your energy Rex, we'll do what has …” (Rex Tillerson is mentioned in the words, but Donald Trump is the one speaking).",
            feedback.Lines[0].ToString());
        Assert.Equal("… not answered yet: who said “We are probing, so stay tuned”?", feedback.Lines[1].ToString());
    }

    [Fact]
    public void Dates_are_checked_with_the_gold_evidence()
    {
        var gold = HandMadeGold.Gold.Select(g => g with { DateEvidence = g.Date is null ? null : "Yesterday" });
        var feedback = new Exercise(gold, "a.txt").CheckDates([new("We are probing, so stay tuned", "Rex Tillerson", "2017-09-29")]);
        Assert.Equal("✗ “We are probing, so stay tuned” was said on 2017-09-30 (“Yesterday”), not 2017-09-29. Count from the article's publication date.", feedback.Lines[0].ToString());
    }

    [Fact]
    public void The_solution_passes_every_check()
    {
        var solution = Exercise.Solution();
        Assert.Equal(3, solution.Count);
        Assert.True(Exercise.CheckFound(solution).AllRight);
        Assert.True(Exercise.CheckSpeakers(solution).AllRight);
        Assert.True(Exercise.CheckDates(solution).AllRight);
    }

    [Fact]
    public void The_html_is_escaped()
    {
        var html = (string)Exercise.CheckFound([new("<img src=x onerror=alert(1)>")]).ToMimeBundle()["text/html"];
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img", html);
    }
}
