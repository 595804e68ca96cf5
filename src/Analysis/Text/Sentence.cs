namespace Analysis.Text;

/// <summary>A sentence of a <see cref="TextLayout"/>: its span, paragraph, and tokens [FirstToken, EndToken).</summary>
public readonly record struct Sentence(TextSpan Span, int Paragraph, int FirstToken, int EndToken);
