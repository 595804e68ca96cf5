using System.Text.RegularExpressions;
using Analysis.Text;

namespace Analysis.Corpus;

/// <summary>
/// Finds page furniture (share and sign-in prompts, bylines, photo credits, "Posted on ... by") and the
/// reader-comment section of a scraped article, so that neither yields statements. Works line by line:
/// furniture is a short line that is nothing but furniture; a comment section starts at a line that
/// only comment software writes (WordPress "Leave a Reply", Disqus, forum "Link to comment", "N hours
/// ago, X said:") and runs to the end of the text. Long lines are prose and are never classified, so
/// the scan is linear in the text and an article sentence is never lost to a pattern.
/// </summary>
public static partial class BoilerplateDetector
{
    /// <summary>Lines longer than this are article prose, not furniture (long photo captions still fit).</summary>
    private const int MaxFurnitureLine = 500;

    /// <summary>Sorted, non-overlapping spans of <paramref name="text"/> that are furniture or reader comments.</summary>
    public static IReadOnlyList<TextSpan> Detect(string text) => Scan(text).Spans;

    /// <summary>
    /// The furniture spans, and where the reader-comment section begins (<c>text.Length</c> when there is
    /// none): the text after it is not the article, so nothing there dates the article either.
    /// </summary>
    public static (IReadOnlyList<TextSpan> Spans, int CommentsStart) Scan(string text)
    {
        var spans = new List<TextSpan>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (end > start && end - start <= MaxFurnitureLine)
            {
                var line = text.AsSpan(start, end - start);
                if (CommentSectionStart().IsMatch(line))
                {
                    spans.Add(new TextSpan(start, text.Length));
                    return (spans, start);
                }
                if (Furniture().IsMatch(line)) spans.Add(new TextSpan(start, end));
            }
            lineStart = lineEnd + 1;
        }
        return (spans, text.Length);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    // Lines that only comment systems write; everything after them is readers, not the article.
    [GeneratedRegex("""
        ^(?:
            (?:Leave|Post|Add|Write)\s(?:a|your)\s(?:Reply|Comment|Response)\b.*
          | Comments?\s(?:are|is)\s(?:closed|disabled)\.?
          | Comments?(?:\s\(\d+\))?:?
          | \d+\s(?:Comments?|Responses?|Replies|Thoughts)(?:\s(?:on|to)\s.*)?
          | (?:Join|Start)\sthe\s(?:discussion|conversation)\b.*
          | (?:Show|View|Load|Read)\s(?:all\s)?(?:\d+\s)?comments\b.*
          | Link\sto\scomment
          | Share\son\sother\ssites
          | Create\san\saccount\sor\ssign\sin\sto\scomment\b.*
          | You\s(?:need|must)\s(?:to\s)?be\s(?:a\smember|logged\sin)\b.*\bcomment\b.*
          | Please\slet\sus\sknow\sif\syou(?:'|’)re\shaving\sissues\swith\scommenting\b.*
          | Your\semail\saddress\swill\snot\sbe\spublished\b.*
          | (?:Please\senable\sJavaScript\sto\sview\sthe\s)?comments\spowered\sby\sDisqus\b.*
          | This\sentry\swas\sposted\b.*
          | (?:\d+|an?)\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\sago,\s.{1,60}\ssaid:
          | On\s.{3,40}\sat\s.{3,20},\s.{1,60}\ssaid:
        )$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentSectionStart();

    // Short lines that are page furniture by themselves: navigation, share/sign-in widgets, bylines,
    // photo credits and file names, agency copyright and credit lines, "Posted on ... by".
    [GeneratedRegex("""
        ^(?:
            (?:Skip|Jump)\sto\s(?:main\s)?content
          | Recommended\sPosts
          | (?:Share|Tweet|Email|Print|Facebook|Twitter|WhatsApp|Pinterest|LinkedIn|Reddit|Reply|Report|Quote|Like|Follow|Subscribe|Advertisement|Menu|Search|Related)(?:\sthis(?:\s(?:post|article|story))?)?:?
          | (?:Click\sto\s)?Share\s(?:on|via|to)\s\w+.*
          | (?:Sign|Log)\s?(?:in|up|out)(?:\s(?:now|here))?\.?
          | Register(?:\sa\snew\saccount)?
          | Create\s(?:an\s|a\snew\s)?account
          | Already\shave\san\saccount\?.*
          | Sign\sup\sfor\sa\snew\saccount\b.*
          | Edited\s(?:by\s.{1,60}|\d+\s.{1,40}\sago.*)
          | Posted\s(?:on|in)\b[^.!?]{0,80}\bby\b[^.!?]{0,60}
          | Posted\sby\b[^.!?]{0,60}
          | (?-i:By\s\p{Lu}[\p{L}.'’-]*(?:,?\s(?:and\s)?\p{Lu}[\p{L}.'’-]*){1,7})
          | (?:Related|Read\smore|Read\salso|See\salso|More):\s.*
          | \[Source:[^\]]*\]
          | (?:Image|Photo|Picture|Credit|Photograph)s?(?:\scredit)?:\s.*
          | FILE\sPHOTO\b.*
          | \S+\.(?:jpe?g|png|gif|webp|svg)
          | (?:--\s?)?(?:©|\(c\)|Copyright\b).{0,100}
          | \((?:Reporting|Writing|Editing|Additional\sreporting)\sby\b.*\)
        )$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
