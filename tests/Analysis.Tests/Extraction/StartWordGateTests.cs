using Analysis.Extraction;
using Analysis.Speakers;
using Analysis.Text;

namespace Analysis.Tests.Extraction;

/// <summary>
/// The start-word gates (one look-up that turns away almost every token before the cue and mention rules run) must
/// never turn away a word a rule starts with: a rule whose first word the gate lacks would silently never fire.
/// </summary>
public sealed class StartWordGateTests
{
    [Fact]
    public void Every_first_word_of_a_cue_rule_passes_the_cue_gate()
    {
        Assert.NotEmpty(CueLexicon.RuleFirstWords);
        foreach (var words in CueLexicon.RuleFirstWords)
            Assert.All(words, word => Assert.True(CueLexicon.CueStarts.Contains(word), $"the cue gate lacks \"{word}\""));
    }

    [Fact]
    public void Every_first_word_of_a_mention_rule_passes_the_lower_case_mention_gate()
    {
        Assert.NotEmpty(MentionFinder.StartWordGate.LowerCaseRuleFirstWords);
        foreach (var words in MentionFinder.StartWordGate.LowerCaseRuleFirstWords)
            Assert.All(words, word => Assert.True(MentionFinder.StartWordGate.LowerCase.Contains(word), $"the mention gate lacks \"{word}\""));
    }

    // The hand-kept list the gate replaced had the plurals of descriptions of people but not those of unnamed sources
    // ("staffers", "insiders", "representatives"), so "staffers said" never reached the rule that takes it.
    [Theory]
    [InlineData("staffers")]
    [InlineData("insiders")]
    [InlineData("representatives")]
    public void A_bare_plural_of_an_unnamed_source_before_its_verb_is_a_mention(string plural)
    {
        var layout = new TextLayout($"“We are not leaving,” {plural} said on Monday.");
        Assert.Contains(MentionFinder.Find(layout), mention => mention.Text == plural && mention.Kind == MentionKind.Anonymous);
    }

    /// <summary>The seeds, the extraction fixtures and the held-out sets: news prose from many outlets and years.</summary>
    public static TheoryData<string> Corpora() =>
        ["seeds", "tests/Analysis.Tests/Fixtures/Extraction", "tests/Analysis.Tests/Fixtures/Heldout", "tests/Analysis.Tests/Fixtures/Heldout2", "tests/Analysis.Tests/Fixtures/Heldout3",
         "tests/Analysis.Tests/Fixtures/Heldout5", "tests/Analysis.Tests/Fixtures/Heldout6"];

    // A rule that tests its first word inline, outside the sets above, is caught here when real text uses that word.
    [Theory]
    [MemberData(nameof(Corpora))]
    public void On_real_text_the_gates_turn_away_no_token_a_rule_would_take(string folder)
    {
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.txt").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(texts);
        int cuesTurnedAway = 0, mentionsTurnedAway = 0;
        foreach (var text in texts)
        {
            var layout = new TextLayout(text);
            // A rule ("One of them said") may look back at the mentions before it: those the finder found.
            var found = MentionFinder.Find(layout);
            var before = new List<Mention>();
            foreach (var sentence in layout.Sentences)
            {
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    while (before.Count < found.Count && found[before.Count].EndToken <= t) before.Add(found[before.Count]);
                    if (!layout.Tokens[t].IsWord || layout.Quoted[t]) continue;
                    var word = layout.Word(t);
                    if (!CueLexicon.CueStarts.Contains(word))
                    {
                        cuesTurnedAway++;
                        Assert.True(CueLexicon.MatchWithoutGate(layout, t, sentence) is null, $"the cue gate turns away \"{word}\", which starts a cue in: {text[sentence.Span.Start..sentence.Span.End]}");
                    }
                    if (!char.IsUpper(word[0]) && !MentionFinder.StartWordGate.LowerCase.Contains(word))
                    {
                        mentionsTurnedAway++;
                        Assert.True(MentionFinder.MentionAt(layout, t, sentence.EndToken, before) is null, $"the mention gate turns away \"{word}\", which starts a mention in: {text[sentence.Span.Start..sentence.Span.End]}");
                    }
                }
            }
        }
        Assert.True(cuesTurnedAway > 0 && mentionsTurnedAway > 0);
    }
}
