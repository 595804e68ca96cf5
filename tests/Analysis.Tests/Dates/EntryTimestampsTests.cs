using Analysis.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Dates;

public class EntryTimestampsTests
{
    [Theory]
    [InlineData("15.55 BST")]
    [InlineData("9:14am")]
    [InlineData("10.02 ET")]
    [InlineData("  23:59  ")]
    [InlineData("7.30 p.m. GMT")]
    public void A_line_holding_only_a_clock_time_is_an_entry_stamp(string line)
    {
        var text = $"Live: the count\n\n{line}\n\nThe mayor said the count was going well.";
        Assert.Equal([line.Trim()], EntryTimestamps.Find(text).Select(s => s.Of(text)));
    }

    [Theory]
    [InlineData("Wed 17 Apr 2019 16.48 BST")]
    [InlineData("The polls close at 22.00 BST")]
    [InlineData("25.10 BST")]
    [InlineData("Score: 3.45")]
    [InlineData("1998.12 EST")]
    public void Dated_headers_prose_and_impossible_times_are_not_stamps(string line) =>
        Assert.Empty(EntryTimestamps.Find($"Live\n{line}\nText."));

    [Fact]
    public void Never_throws_and_stamps_lie_inside_the_text()
    {
        var fragments = Gen.Elements("15.55 BST", "9:14am", "\n", "\r\n", " ", "x", "12", ".", ":", "BST", "said");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""), fragments.ArrayOf().Select(parts => string.Concat(parts)));
        Prop.ForAll(texts.ToArbitrary(), text =>
            EntryTimestamps.Find(text).All(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End)).QuickCheckThrowOnFailure();
    }
}
