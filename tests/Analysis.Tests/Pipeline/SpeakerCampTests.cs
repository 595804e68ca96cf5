using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Scoring;
using Analysis.Text;

namespace Analysis.Tests.Pipeline;

/// <summary>
/// <see cref="SpeakerCamp"/>: a neutral statement takes the stance its speaker's other statements in the article clearly
/// have, and says so in its evidence; without two agreeing donors, or against its own words, it stays neutral.
/// </summary>
public class SpeakerCampTests
{
    private static readonly StatementScores Hawkish = new(-0.3, -0.8, Stance.Hawkish, ["will not back down (-)"]);
    private static readonly StatementScores AlsoHawkish = new(-0.2, -0.6, Stance.Hawkish, ["sanctions (threat, -)"]);
    private static readonly StatementScores Conciliatory = new(0.4, 0.7, Stance.Conciliatory, ["ready to talk (+)"]);
    private static readonly StatementScores Plain = new(0.1, 0, Stance.Neutral, ["members (tone +0.2)"]);

    private static Statement Said(string speaker, StatementScores scores) => new()
    {
        Article = "001_invented.txt", Speaker = speaker, Kind = StatementKind.Direct, Quote = "words", Cue = "said",
        Span = new TextSpan(0, 5), Scores = scores,
    };

    private static List<Statement> Apply(params (string Speaker, StatementScores Scores)[] said) =>
        SpeakerCamp.Apply(said.Select(s => Said(s.Speaker, s.Scores)).ToList(), said.Select(s => s.Scores.StanceScore).ToList());

    [Fact]
    public void A_neutral_statement_takes_the_stance_of_two_clear_statements_by_its_speaker_and_names_them()
    {
        var camp = Apply(("Ana Vell", Hawkish), ("Ana Vell", AlsoHawkish), ("Ana Vell", Plain))[2].Scores;

        Assert.Equal(Stance.Hawkish, camp.Stance);
        Assert.InRange(camp.StanceScore, -0.7, -StatementScorer.StanceThreshold); // weaker than the words that gave it
        Assert.Equal("camp: 2 hawkish statements by the same speaker (will not back down (-) | sanctions (threat, -))", camp.Evidence[0]);
        Assert.Equal(Plain.Evidence, camp.Evidence.Skip(1));
        Assert.Equal(Plain.Sentiment, camp.Sentiment); // the tone is the words' alone
    }

    [Fact]
    public void One_clear_statement_is_not_a_camp()
    {
        var statements = Apply(("Ana Vell", Conciliatory), ("Ana Vell", Plain));
        Assert.Same(Plain, statements[1].Scores);
    }

    [Fact]
    public void A_speaker_of_two_minds_passes_nothing_on()
    {
        var statements = Apply(("Ana Vell", Hawkish), ("Ana Vell", AlsoHawkish), ("Ana Vell", Conciliatory), ("Ana Vell", Plain));
        Assert.Same(Plain, statements[3].Scores);
    }

    [Fact]
    public void Only_the_same_speaker_counts()
    {
        var statements = Apply(("Ana Vell", Hawkish), ("Bo Tran", AlsoHawkish), ("Ana Vell", Plain));
        Assert.Same(Plain, statements[2].Scores);
    }

    [Fact]
    public void Words_that_lean_the_other_way_however_faintly_are_not_overruled()
    {
        var leaning = new StatementScores(0, 0.1, Stance.Neutral, ["talks (+)"]);
        var statements = Apply(("Ana Vell", Hawkish), ("Ana Vell", AlsoHawkish), ("Ana Vell", leaning));
        Assert.Same(leaning, statements[2].Scores);
    }

    [Fact]
    public void Labelled_statements_keep_their_own_stance()
    {
        var statements = Apply(("Ana Vell", Hawkish), ("Ana Vell", AlsoHawkish), ("Ana Vell", Conciliatory));
        Assert.Same(Conciliatory, statements[2].Scores);
    }

    /// <summary>Only the rules' own verdict makes a donor: a label the learned fallback gave (rules score 0) does not.</summary>
    [Fact]
    public void A_learned_label_is_no_donor()
    {
        var learned = new StatementScores(0, -0.85, Stance.Hawkish, ["walkout (learned, -)"]);
        var said = new[] { Said("Ana Vell", Hawkish), Said("Ana Vell", learned), Said("Ana Vell", Plain) };
        var statements = SpeakerCamp.Apply([.. said], [Hawkish.StanceScore, 0, 0]);
        Assert.Same(Plain, statements[2].Scores);
    }

    /// <summary>The whole pipeline on an invented dispute: a union leader's bare "the members have spoken" is read in her camp.</summary>
    [Fact]
    public void In_an_article_the_plain_words_of_a_speaker_who_twice_refused_are_hawkish()
    {
        const string text = """
            Dock workers walk out as port talks stall

            March 3, 2025

            Union leader Mara Quint said on Monday that the union would strike until the port authority withdraws its plan.

            "We will never accept this plan. We reject it outright," Quint said.

            "The members have spoken," Quint said.
            """;
        var statements = new ArticleAnalyzer().Analyze(new Article { Id = "001_invented.txt", Text = text });

        var plain = Assert.Single(statements, s => s.Quote.StartsWith("The members", StringComparison.Ordinal));
        Assert.Equal(Stance.Hawkish, plain.Scores.Stance);
        Assert.StartsWith("camp: 2 hawkish statements by the same speaker", plain.Scores.Evidence[0]);
        Assert.Equal(Stance.Neutral, new StatementScorer().Score(plain.Quote, plain.Cue).Stance); // its words alone: neutral
    }
}
