using Analysis.Scoring;
using Analysis.Scoring.StanceRules;

namespace Analysis.Tests.Scoring;

/// <summary>The first-word index of the stance phrase table must offer exactly what a scan of the whole table would.</summary>
public sealed class StancePhraseTableTests
{
    [Fact]
    public void The_first_word_index_offers_the_same_phrases_in_the_same_order_as_a_full_scan()
    {
        var table = StancePhraseTable.Default;
        var words = table.Phrases.SelectMany(p => p.Parts).Select(w => w.TrimEnd('*'))
            .Concat(["negotiations", "threatened", "pressured", "the", "de-escalation", "wasting", "escalating", "talking", "ea", ""]).Distinct();
        foreach (var word in words)
        {
            var scanned = table.Phrases.Where(p => p.Parts[0] == StancePhrase.Gap || StancePhrase.PartMatches(p.Parts[0], word));
            var indexed = new List<StancePhrase> { table.Phrases[0] }; // the index adds to what the list holds
            table.AddStartingWith(word, indexed);
            Assert.Equal(scanned.Prepend(table.Phrases[0]), indexed);
        }
    }

    [Fact]
    public void A_prefix_phrase_and_an_exact_phrase_are_both_found()
    {
        var tokens = ScoringTokenizer.Tokenize("They will hold negotiations and talks.");
        var found = StancePhraseMatcher.Find(tokens, StancePhraseTable.Default).Select(m => m.Phrase.Pattern).ToList();
        Assert.Contains("negotiat*", found);
        Assert.Contains("talks", found);
    }

    [Fact]
    public void Every_phrase_is_listed_once_with_its_reason()
    {
        var phrases = StancePhraseTable.Default.Phrases;
        Assert.All(phrases, p => Assert.False(string.IsNullOrWhiteSpace(p.Why), $"'{p.Pattern}' has no reason"));
        Assert.All(phrases, p => Assert.InRange(p.Weight, -2.0, 2.0));
        var repeated = phrases.GroupBy(p => p.Pattern).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(repeated);
    }

    [Fact]
    public void A_negated_compromise_is_a_refusal()
    {
        var s = new StatementScorer().Score("There will be no compromise on the border.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("compromise (refused, -)", s.Evidence);
    }

    [Theory]
    [InlineData("The stealth aircraft landed.")]
    [InlineData("He is accustomed to it.")]
    [InlineData("Several trade ties remain.")]
    [InlineData("The dictatorship fell.")]
    [InlineData("They are building a bridge over the river.")]
    [InlineData("Senior officials have settled on an agenda.")]
    public void Prefix_and_idiom_rows_do_not_take_unrelated_words(string text) =>
        Assert.All(new StatementScorer().Score(text).Evidence, e => Assert.Contains("(tone", e, StringComparison.Ordinal));
}
