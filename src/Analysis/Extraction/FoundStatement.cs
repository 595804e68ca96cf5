using Analysis.Speakers;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>A statement while the rules are still at work: who, what, where, and the sentence it was found in.</summary>
public sealed record FoundStatement(Speaker Speaker, StatementKind Kind, TextSpan Span, TextSpan CueSpan, string Cue, int Sentence);
