using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Analysis.Notebooks.Html;

/// <summary>
/// Light syntax colouring of a C# cell for the HTML page, from Roslyn's own tokens (so it is never confused by
/// strings holding quotes or comments): keywords, string and number literals, comments, preprocessor lines
/// (#r). Everything is HTML-encoded; the text is reproduced exactly.
/// </summary>
public static class CSharpHighlighter
{
    private static readonly CSharpParseOptions ScriptParse = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script);

    public static string ToHtml(string source)
    {
        var html = new StringBuilder(source.Length * 2);
        AppendTokens(html, CSharpSyntaxTree.ParseText(source, ScriptParse).GetRoot());
        return html.ToString();
    }

    private static void AppendTokens(StringBuilder html, SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            AppendTrivia(html, token.LeadingTrivia);
            Append(html, token.ToString(), ClassOf(token));
            AppendTrivia(html, token.TrailingTrivia);
        }
    }

    private static void AppendTrivia(StringBuilder html, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            // Directives (#r "...") are structured trivia: walk their tokens in place.
            if (item.GetStructure() is { } structure) { AppendTokens(html, structure); continue; }
            var cls = item.Kind() switch
            {
                SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia => "c",
                SyntaxKind.PreprocessingMessageTrivia or SyntaxKind.DisabledTextTrivia => "p",
                _ => null,
            };
            Append(html, item.ToFullString(), cls);
        }
    }

    /// <summary>Contextual keywords worth colouring; others ("from", "value", ...) are common variable names.</summary>
    private static readonly HashSet<string> ContextualKeywords = ["var", "await", "async", "nameof", "record", "init"];

    private static string? ClassOf(SyntaxToken token)
    {
        var kind = token.Kind();
        if (token.Parent is DirectiveTriviaSyntax) return kind == SyntaxKind.StringLiteralToken ? "s" : "p";
        if (SyntaxFacts.IsReservedKeyword(kind)) return "k";
        if (kind == SyntaxKind.IdentifierToken && ContextualKeywords.Contains(token.Text)) return "k";
        return kind switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.Utf8StringLiteralToken
                or SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken
                or SyntaxKind.InterpolatedRawStringEndToken => "s",
            SyntaxKind.NumericLiteralToken => "n",
            _ => null,
        };
    }

    private static void Append(StringBuilder html, string text, string? cls)
    {
        if (text.Length == 0) return;
        if (cls is null) { html.Append(HtmlText.Encode(text)); return; }
        html.Append("<span class=\"").Append(cls).Append("\">").Append(HtmlText.Encode(text)).Append("</span>");
    }
}
