namespace Analysis.Text;

// Sort keys (for SortedSearch) of the text types, shared by every list sorted by them.

/// <summary>The start of a span.</summary>
public readonly struct SpanStart : ISortKey<TextSpan>
{
    public static int Of(in TextSpan item) => item.Start;
}

/// <summary>The end of a span: disjoint sorted spans are sorted by end too.</summary>
public readonly struct SpanEnd : ISortKey<TextSpan>
{
    public static int Of(in TextSpan item) => item.End;
}

/// <summary>A list of sorted offsets is its own key.</summary>
public readonly struct OffsetKey : ISortKey<int>
{
    public static int Of(in int item) => item;
}
