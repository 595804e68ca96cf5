using System.Buffers;

namespace Analysis.Text;

/// <summary>
/// Splits text into paragraphs. News text from the web puts one paragraph per line (often with blank
/// lines between), so every non-blank line is a paragraph, trimmed of surrounding whitespace.
/// Paragraphs are the hard boundary of quote scanning: a stray quotation mark never runs past one.
/// </summary>
public static class ParagraphSegmenter
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2029");

    public static List<TextSpan> Split(string text)
    {
        var paragraphs = new List<TextSpan>();
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            // Jump to the next line break (a vectorised search), or to the text's end for the last line.
            int lineBreak = text.AsSpan(i).IndexOfAny(LineBreaks);
            i = lineBreak < 0 ? text.Length : i + lineBreak;
            int s = lineStart, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) paragraphs.Add(new TextSpan(s, e));
            lineStart = i + 1;
        }
        return paragraphs;
    }
}
