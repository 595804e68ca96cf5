namespace Analysis.Text;

/// <summary>
/// A word or a punctuation mark of an article. Words keep internal periods, apostrophes and hyphens
/// ("U.S.", "Tillerson’s", "high-ranking"); an abbreviation keeps its final period ("Sen.", "Sept.").
/// </summary>
public readonly record struct Token(int Start, int End, bool IsWord)
{
    public TextSpan Span => new(Start, End);

    public string Of(string text) => text[Start..End];

    public char First(string text) => text[Start];

    public int Length => End - Start;
}
