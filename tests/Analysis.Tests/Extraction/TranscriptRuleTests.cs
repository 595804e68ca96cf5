using Analysis.Extraction;
using Analysis.Text;

namespace Analysis.Tests.Extraction;

public sealed class TranscriptRuleTests
{
    private static List<string> Answers(string text)
    {
        var layout = new TextLayout(text);
        return TranscriptRule.MarkAnswers(layout, text.Length).Select(a => text[a.Words.Start..a.Words.End]).ToList();
    }

    [Fact]
    public void Answers_follow_labels_naming_people_met_before()
    {
        var text = "Minister Ana Lind met reporters.\n\nQUESTION: Will you sign?\n\nLIND: We will sign on Friday.\n\nMODERATOR: Thank you.";
        Assert.Equal(["We will sign on Friday."], Answers(text));
    }

    [Fact]
    public void A_dateline_or_heading_in_capitals_is_no_answer()
    {
        Assert.Empty(Answers("NEW DELHI: India and Pakistan agreed to keep talking.\n\nQ: Will the talks resume?\n\nMINISTER: Yes."));
        Assert.Empty(Answers("PARLIAMENT: Senate blocks bill\n\nThe Senate voted the bill down, Ana Lind said."));
    }

    [Fact]
    public void Only_transcript_cues_are_labels()
    {
        Assert.True(TranscriptRule.IsLabelCue("HOR NAMHONG:"));
        Assert.False(TranscriptRule.IsLabelCue("said:"));
        Assert.False(TranscriptRule.IsLabelCue("Lind:"));
    }
}
