using System.Text.RegularExpressions;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Where reader comments (or the page furniture around them) begin: the first paragraph that is a
/// comment-section marker ("Link to comment", "Leave a Reply", "Comments are closed.", "8 hours ago,
/// baboon said:"). Quotes below it are readers', never statements. The corpus loader's boilerplate spans
/// do this job more precisely; this is the extractor's own safety net.
/// </summary>
public static partial class CommentSectionDetector
{
    [GeneratedRegex(@"^(link to comment|share on other sites|leave a (reply|comment)|comments are closed\.?|\d+\s+comments?|add a comment|post a comment|show comments|view comments|join the discussion|reply|create an account or sign in to comment|please let us know if you're having issues with commenting\.?|you need to be a member in order to leave a comment|\d+ (second|minute|hour|day|week|month|year)s? ago, .{1,60} said:)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marker();

    private const int MaxMarkerLength = 120;

    /// <summary>The offset where the comment section starts, or the text's length when there is none.</summary>
    public static int Start(TextLayout layout)
    {
        foreach (var paragraph in layout.Paragraphs)
            if (paragraph.Length <= MaxMarkerLength && Marker().IsMatch(layout.Text.AsSpan(paragraph.Start, paragraph.Length)))
                return paragraph.Start;
        return layout.Text.Length;
    }
}
