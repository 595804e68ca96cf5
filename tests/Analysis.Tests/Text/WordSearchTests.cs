using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Text;

/// <summary>
/// The shared word search: its fast case-ignoring search answers exactly what the runtime's does, and a word is found
/// only where it starts a word and is followed by no more letters than allowed.
/// </summary>
public sealed class WordSearchTests
{
    private static readonly string[] Pieces = ["nurse", "Nurse", "NURSES", "s", "es", "ab", "é", "ß", " ", ",", "-", "x", "K", "\u212A", "İ", ""];

    private static Arbitrary<string> Texts() => Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Ignoring_case_it_finds_what_the_runtime_finds() =>
        Prop.ForAll(Texts(), Gen.Elements("nurse", "k", "Ab", "é", "x-", "ss").ToArbitrary(), (text, word) =>
            WordSearch.IndexIgnoringCase(text, word) == text.AsSpan().IndexOf(word, StringComparison.OrdinalIgnoreCase)).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("The nurses walked out.", "nurse", 2, 4)]
    [InlineData("The nurses walked out.", "nurse", 0, -1)]        // a whole word only
    [InlineData("Nurseries closed; a nurse said so.", "nurse", 2, 20)] // "Nurseries" has four letters more
    [InlineData("A subnurse and a NURSE.", "nurse", 0, 17)]        // not inside a word; any case
    [InlineData("", "nurse", 0, -1)]
    public void A_word_is_found_at_a_word_start_with_at_most_the_allowed_suffix(string text, string word, int maxSuffixLetters, int expected) =>
        Assert.Equal(expected, WordSearch.IndexOfWordStart(text, word, maxSuffixLetters: maxSuffixLetters));

    [Fact]
    public void The_search_starts_where_it_is_told()
    {
        Assert.Equal(0, WordSearch.IndexOfWordStart("Lee said. Then Lee left.", "Lee"));
        Assert.Equal(15, WordSearch.IndexOfWordStart("Lee said. Then Lee left.", "Lee", from: 1));
    }
}
