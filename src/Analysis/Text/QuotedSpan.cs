namespace Analysis.Text;

/// <summary>
/// One run of words between double quotation marks. <see cref="Outer"/> includes the marks,
/// <see cref="Inner"/> excludes them. An unclosed quote (one that continues into the next paragraph,
/// as news style does for multi-paragraph quotes) ends at its paragraph's end and has no closing mark.
/// </summary>
public readonly record struct QuotedSpan(TextSpan Outer, TextSpan Inner, bool Closed);
