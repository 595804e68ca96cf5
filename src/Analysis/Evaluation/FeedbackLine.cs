namespace Analysis.Evaluation;

/// <summary>One sentence of feedback: right (✓), wrong (✗) or still to do (…, <see cref="Right"/> null).</summary>
public sealed record FeedbackLine(bool? Right, string Message)
{
    public string Mark => Right switch { true => "✓", false => "✗", null => "…" };

    public override string ToString() => $"{Mark} {Message}";
}
