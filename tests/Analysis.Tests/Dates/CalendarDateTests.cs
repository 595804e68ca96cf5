using Analysis.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Dates;

public class CalendarDateTests
{
    [Fact]
    public void Finds_each_form_of_full_date_in_order()
    {
        const string text = "Signed 2017-10-31, ratified Nov. 3, 2017 and in force from 1 October 2018; not 2019-13-01 nor May 2020.";
        Assert.Equal(["2017-10-31", "Nov. 3, 2017", "1 October 2018"], CalendarDate.Matches(text).Select(m => m.Value));
    }

    /// <summary>
    /// The search that runs the regex only near years must find exactly what the regex finds over the whole text,
    /// dates at the text's edges, glued to words, with Unicode digits and overlapping candidates included.
    /// </summary>
    [Fact]
    public void Finds_exactly_what_the_regex_finds_over_the_whole_text()
    {
        var pieces = Gen.Elements("Sept. ", "September. ", "30th, ", "3, ", "2017", "1999", "2017-11-01", "20", "19", "0",
            "٢٠١٧", "2٠17", "31 ", "October ", "Oct.,", " ", "-", "x", "\n", "on ", "May ", "12 ", "1");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""), pieces.ArrayOf().Select(parts => string.Concat(parts)));
        Prop.ForAll(texts.ToArbitrary(), text =>
            CalendarDate.Matches(text).Select(m => (m.Index, m.Length)).SequenceEqual(
                CalendarDate.Regex().Matches(text).Select(m => (m.Index, m.Length)))).QuickCheckThrowOnFailure();
    }
}
