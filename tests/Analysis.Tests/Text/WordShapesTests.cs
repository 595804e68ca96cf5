using System.Collections.Frozen;
using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Text;

/// <summary>A gate asks the shapes before its set: they must never turn away a word the set holds, in any case.</summary>
public sealed class WordShapesTests
{
    [Fact]
    public void Shapes_hold_every_word_a_case_ignoring_set_holds()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), ArbMap.Default.ArbFor<string>(), (words, probe) =>
        {
            var set = words.Where(w => w is not null).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            var shapes = new WordShapes(set);
            probe ??= "";
            // The set's own words, upper- and lower-cased, and any other probe it matches.
            return set.All(w => shapes.MayHold(w) && shapes.MayHold(w.ToUpperInvariant()) && shapes.MayHold(w.ToLowerInvariant()))
                && (!set.Contains(probe) || shapes.MayHold(probe));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Shapes_turn_away_words_of_other_first_letters_or_length()
    {
        var shapes = new WordShapes(["said", "told", "according", "a"]);
        Assert.True(shapes.MayHold("Said"));
        Assert.True(shapes.MayHold("TOLD"));
        Assert.True(shapes.MayHold("toll"));        // same shape as "told": the set's look-up decides
        Assert.True(shapes.MayHold("A"));
        Assert.False(shapes.MayHold("tall"));       // same first letter and length as "told", another second letter
        Assert.False(shapes.MayHold("I"));
        Assert.False(shapes.MayHold("the"));
        Assert.False(shapes.MayHold("saying"));
        Assert.False(shapes.MayHold("ask"));
        Assert.False(shapes.MayHold(""));
    }

    [Fact]
    public void A_word_beyond_ascii_is_always_left_to_the_set()
    {
        Assert.True(new WordShapes(["said"]).MayHold("ıt"));   // dotless i matches "I" when case is ignored
        Assert.True(new WordShapes(["ıt"]).MayHold("It"));
        Assert.True(new WordShapes(["aı"]).MayHold("AI"));     // and so in second place
        Assert.True(new WordShapes(["ai"]).MayHold("aİ"));
    }
}
