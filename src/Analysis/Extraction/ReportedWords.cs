using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>Where a cue's words stand and how they were reported.</summary>
public readonly record struct ReportedWords(TextSpan Span, StatementKind Kind);
