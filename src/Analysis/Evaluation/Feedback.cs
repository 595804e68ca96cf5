using System.Net;
using System.Text;
using Analysis.Display;

namespace Analysis.Evaluation;

/// <summary>
/// What a self-checking cell tells a student, in plain sentences: a heading, then one line per answer or
/// per thing still to do. <see cref="AllRight"/> when nothing is wrong or left to do.
/// </summary>
public sealed class Feedback(string heading, IReadOnlyList<FeedbackLine> lines) : IMimeRenderable
{
    public string Heading { get; } = heading;

    public IReadOnlyList<FeedbackLine> Lines { get; } = lines;

    public bool AllRight => Lines.Count > 0 && Lines.All(l => l.Right == true);

    public IReadOnlyDictionary<string, object> ToMimeBundle()
    {
        var html = new StringBuilder("<div class=\"feedback\"><p><strong>").Append(WebUtility.HtmlEncode(Heading)).Append("</strong></p><ul style=\"list-style: none; padding-left: 0.5em\">");
        foreach (var line in Lines)
        {
            var colour = line.Right switch { true => "#1a7f37", false => "#cf222e", null => "#6e7781" };
            html.Append("<li><span style=\"color: ").Append(colour).Append("; font-weight: bold\">").Append(line.Mark).Append("</span> ")
                .Append(WebUtility.HtmlEncode(line.Message)).Append("</li>");
        }
        html.Append("</ul></div>");
        return new Dictionary<string, object> { [MimeTypes.Plain] = ToString(), [MimeTypes.Html] = html.ToString() };
    }

    public override string ToString() => string.Join(Environment.NewLine, Lines.Select(l => l.ToString()).Prepend(Heading));
}
