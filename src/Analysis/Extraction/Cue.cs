using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>A reporting cue found in a sentence: tokens [FirstToken, EndToken), including its complement ("told a group of reporters in Beijing").</summary>
public sealed record Cue(int FirstToken, int EndToken, CueForm Form, bool Tweet, TextSpan Span);
