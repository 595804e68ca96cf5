using Analysis.Text;

namespace Analysis.Corpus;

/// <summary>
/// One news article as loaded from a corpus. <see cref="Text"/> is the original text, untouched:
/// every offset the library reports points into it.
/// </summary>
public sealed record Article
{
    /// <summary>The file name (folder corpora) or the id (JSON-lines corpora).</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Outlet { get; init; }

    public string? Title { get; init; }

    /// <summary>The publication date, from the manifest or detected in the text; null when unknown.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from ("manifest", or the words in the text).</summary>
    public string? PublishedEvidence { get; init; }

    /// <summary>
    /// Page furniture and reader comments (share buttons, sign-in prompts, forum posts after the article):
    /// ranges of <see cref="Text"/> that must never yield statements. Sorted, non-overlapping.
    /// </summary>
    public IReadOnlyList<TextSpan> Boilerplate { get; init; } = [];

    public bool IsBoilerplate(TextSpan span)
    {
        // A loop, not Any with a lambda: asked of every statement, and the lambda would capture the span each time.
        for (var i = 0; i < Boilerplate.Count; i++)
            if (Boilerplate[i].Overlaps(span)) return true;
        return false;
    }
}
