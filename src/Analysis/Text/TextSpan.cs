namespace Analysis.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Of(string text) => text[Start..End];

    public override string ToString() => $"[{Start}..{End})";
}
