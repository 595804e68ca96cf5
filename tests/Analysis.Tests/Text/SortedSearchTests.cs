using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Text;

/// <summary>The shared binary search must answer exactly what a scan of the sorted list would, at every value.</summary>
public sealed class SortedSearchTests
{
    [Fact]
    public void Each_search_agrees_with_a_scan_for_any_sorted_list_and_value()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int[]>(), ArbMap.Default.ArbFor<int>(), (keys, value) =>
        {
            var sorted = keys.Order().ToArray(); // duplicates included: the searches are defined for them too
            int firstAtOrAfter = Array.FindIndex(sorted, k => k >= value) is var f and >= 0 ? f : sorted.Length;
            int lastBefore = Array.FindLastIndex(sorted, k => k < value);
            int lastAtOrBefore = Array.FindLastIndex(sorted, k => k <= value);
            return SortedSearch.FirstAtOrAfter<int, OffsetKey>(sorted, value) == firstAtOrAfter
                && SortedSearch.LastBefore<int, OffsetKey>(sorted, value) == lastBefore
                && SortedSearch.LastAtOrBefore<int, OffsetKey>(sorted, value) == lastAtOrBefore;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_extreme_values_are_searched_without_overflow()
    {
        int[] sorted = [int.MinValue, 0, int.MaxValue];
        Assert.Equal(2, SortedSearch.LastAtOrBefore<int, OffsetKey>(sorted, int.MaxValue));
        Assert.Equal(-1, SortedSearch.LastBefore<int, OffsetKey>(sorted, int.MinValue));
        Assert.Equal(0, SortedSearch.FirstAtOrAfter<int, OffsetKey>(sorted, int.MinValue));
    }

    [Fact]
    public void Spans_are_searched_by_the_key_asked_for()
    {
        TextSpan[] spans = [new(0, 5), new(10, 20), new(30, 31)];
        Assert.Equal(1, SortedSearch.FirstAtOrAfter<TextSpan, SpanStart>(spans, 6));
        Assert.Equal(1, SortedSearch.FirstAtOrAfter<TextSpan, SpanEnd>(spans, 6));
        Assert.Equal(2, SortedSearch.FirstAtOrAfter<TextSpan, SpanEnd>(spans, 21));
        Assert.Equal(1, SortedSearch.LastAtOrBefore<TextSpan, SpanStart>(spans, 29));
    }
}
