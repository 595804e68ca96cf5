using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// The time expressions of one article, resolved against its publication date, and the rules that date a
/// statement from them. In order:
/// <list type="number">
/// <item>The statement's own sentence(s), outside its quoted words: the expression nearest the cue
/// ("said on Tuesday", "Yesterday ... said", "In September, ... had said", "in his own comments Sunday").
/// Words inside the quote or reported clause date what was said, not the saying ("travelled ... in June").</item>
/// <item>Earlier sentences of the same paragraph that report speech ("spoke to reporters this weekend ...
/// According to Tillerson, ...").</item>
/// <item>A background cue (a perfect "has urged", a participle, a noun) with no evidence: unknown.</item>
/// <item>A news cue ("said", "told CNN") takes the last news day named earlier in a speech sentence
/// ("yesterday", "on Tuesday", "today"), preferring one that names the same speaker; failing that, the
/// publication date itself (day precision, no evidence words).</item>
/// </list>
/// Built once per article in linear time; <see cref="DateOf"/> looks only at nearby text and the sorted
/// expression list. Immutable, so safe to share across threads.
/// </summary>
public sealed class ArticleTimeline
{
    private readonly Article article;
    private readonly ArticleLayout layout;
    private readonly List<TemporalExpression> expressions;

    private ArticleTimeline(Article article)
    {
        this.article = article;
        layout = new ArticleLayout(article.Text);
        expressions = TemporalExpressionFinder.Find(article.Text, article.Published, layout.IsQuoted, layout.IsSpeechSentence, article.IsBoilerplate);
    }

    public static ArticleTimeline Build(Article article) => new(article);

    /// <summary>Every resolved time expression of the article, in text order.</summary>
    public IReadOnlyList<TemporalExpression> Expressions => expressions;

    /// <summary>The day (or month) the statement was made, from the evidence around its span and cue.</summary>
    public StatementDate DateOf(Statement statement)
    {
        var text = article.Text;
        var span = Clamp(statement.Span);
        var cue = Clamp(statement.CueSpan);
        var focus = cue.IsEmpty ? span : cue;
        var region = new TextSpan(
            layout.SentenceAt(Math.Min(focus.Start, span.Start)).Start,
            layout.SentenceAt(Math.Max(focus.End, span.End) - 1 < 0 ? 0 : Math.Max(focus.End, span.End) - 1).End);

        // 1. The statement's own sentence(s), outside its words: the expression nearest the cue.
        TemporalExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var e in Within(region))
        {
            if (e.IsQuoted || e.Span.Overlaps(span)) continue;
            var distance = e.Span.End <= focus.Start ? focus.Start - e.Span.End : Math.Max(0, e.Span.Start - focus.End);
            if (distance < bestDistance) (best, bestDistance) = (e, distance);
        }
        if (best is not null) return best.ToDate(text);

        // 2. Earlier sentences of the paragraph that report speech, nearest first.
        var paragraph = layout.ParagraphAt(region.Start);
        for (var i = IndexBefore(region.Start); i >= 0 && expressions[i].Span.Start >= paragraph.Start; i--)
        {
            var e = expressions[i];
            if (!e.IsQuoted && e.InSpeechSentence && !e.Span.Overlaps(span)) return e.ToDate(text);
        }

        // 3. Background cues are not dated by the news of the day.
        if (!CueTense.IsCurrentNews(statement.Cue)) return StatementDate.Unknown;

        // 4. The last news day named before, for this speaker if possible; else the publication date.
        var surname = Surname(statement.Speaker);
        TemporalExpression? anySpeaker = null;
        for (var i = IndexBefore(region.Start); i >= 0; i--)
        {
            var e = expressions[i];
            if (e.IsQuoted || !e.InSpeechSentence || e.Anchor != TemporalAnchor.Publication) continue;
            if (surname is not null && Mentions(layout.SentenceAt(e.Span.Start), surname)) return e.ToDate(text);
            anySpeaker ??= e;
        }
        if (anySpeaker is not null) return anySpeaker.ToDate(text);
        return article.Published is { } published ? new StatementDate(published, DatePrecision.Day, null) : StatementDate.Unknown;
    }

    private TextSpan Clamp(TextSpan s)
    {
        var length = article.Text.Length;
        var start = Math.Clamp(s.Start, 0, length);
        return new TextSpan(start, Math.Clamp(s.End, start, length));
    }

    private IEnumerable<TemporalExpression> Within(TextSpan region)
    {
        for (var i = IndexBefore(region.Start) + 1; i < expressions.Count && expressions[i].Span.Start < region.End; i++)
            yield return expressions[i];
    }

    /// <summary>The index of the last expression starting before <paramref name="position"/>, or -1.</summary>
    private int IndexBefore(int position)
    {
        int lo = 0, hi = expressions.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (expressions[mid].Span.Start < position) lo = mid + 1; else hi = mid - 1;
        }
        return hi;
    }

    /// <summary>The word that names the speaker in running text: the last word of the canonical name ("Tillerson", "official").</summary>
    private static string? Surname(string? speaker)
    {
        var words = (speaker ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length > 0 && words[^1].Length >= 3 ? words[^1] : null;
    }

    private bool Mentions(TextSpan sentence, string word)
    {
        var s = article.Text.AsSpan(sentence.Start, sentence.Length);
        for (var at = s.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; )
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(s[at - 1])) && (end == s.Length || !char.IsLetter(s[end]))) return true;
            var next = s[end..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }
}
