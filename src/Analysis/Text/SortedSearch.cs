namespace Analysis.Text;

/// <summary>
/// Reads the sort key of an item for <see cref="SortedSearch"/>: a start offset, an end offset, a token index.
/// Implemented by small structs next to the lists they search (<c>TokenStart</c>, <c>SpanEnd</c>, ...).
/// </summary>
public interface ISortKey<T>
{
    static abstract int Of(in T item);
}

/// <summary>
/// Binary search over items sorted by an int key: the one search behind "the first token at or after this
/// offset", "the sentence at this offset", "the last expression before this offset". The key is a static
/// method of a struct type argument, so each use compiles to a plain loop, with no delegate call per comparison.
/// </summary>
public static class SortedSearch
{
    /// <summary>The index of the first item whose key is at or after <paramref name="value"/>; the count when none is.</summary>
    public static int FirstAtOrAfter<T, TKey>(ReadOnlySpan<T> items, int value) where TKey : struct, ISortKey<T>
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (TKey.Of(items[mid]) < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the last item whose key is before <paramref name="value"/>, or -1.</summary>
    public static int LastBefore<T, TKey>(ReadOnlySpan<T> items, int value) where TKey : struct, ISortKey<T> =>
        FirstAtOrAfter<T, TKey>(items, value) - 1;

    /// <summary>The index of the last item whose key is at or before <paramref name="value"/>, or -1.</summary>
    public static int LastAtOrBefore<T, TKey>(ReadOnlySpan<T> items, int value) where TKey : struct, ISortKey<T> =>
        value == int.MaxValue ? items.Length - 1 : FirstAtOrAfter<T, TKey>(items, value + 1) - 1;
}
