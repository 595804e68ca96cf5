using System.Runtime.InteropServices;
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
/// According to Tillerson, ..."), or that name the day of the paragraph's event ("The declaration came on
/// Wednesday evening. Xie told a press conference ..."); not the day beside another speaker's cue when this
/// speaker is someone new ("The State Department said on Tuesday ... A Saudi official told me ..."). Then the day of
/// an event the statement points back to ("after the vote", "told the same dinner").</item>
/// <item>A background cue (a perfect "has urged", a participle, a noun) with no evidence: unknown.</item>
/// <item>A news cue ("said", "told CNN") takes the day of the same speaker's report just before or after (or, for
/// a speaker introduced here by a role, "said Anna Ruatapu, a staff nurse", of the report just before that spoke of
/// that role or group: "nurses coming off the shift said ..."); failing that, the last news day named earlier beside
/// a cue ("said on Tuesday", "told reporters Monday", not a past-perfect "had warned last month") in a sentence
/// naming the same speaker; failing that, another speaker's
/// report of the publication day itself a few paragraphs before ("today", "on early Sunday" in a Sunday paper);
/// failing that, the story's lead event day ("Tuesday night's debate" in the first prose paragraphs, not a day in
/// a relative clause: "a dispute that boiled over on Sunday night" is background), unless the last news day before
/// the statement is later than the lead's (the story has moved on: "Brennan said Wednesday ..." after Tuesday
/// night's meeting leaves later undated words to the reporter's day) and the narration just before has not come
/// back to the speaker at the event ("Reilly finished with 27 saves."); failing that, the publication date itself
/// (day precision, no evidence words). Another speaker's earlier day ("two
/// U.S. officials said" after "Sullivan told reporters Monday") is not inherited: that day was Sullivan's.
/// In a live blog, an entry stamped ("15.55 BST") after the last news day takes the publication day, with the
/// stamp as evidence.</item>
/// </list>
/// Expressions that look forward or bound a period ("will meet on Friday", "since Monday") date nothing, and
/// those inside a cue's reported words ("said the administrator had promised her on Friday") date only that
/// statement, never a later one.
/// Built once per article in linear time; <see cref="DateOf"/> looks only at nearby text and the sorted
/// expression list. Immutable, so safe to share across threads.
/// </summary>
public sealed class ArticleTimeline
{
    private readonly Article article;
    private readonly ArticleLayout layout;
    private readonly List<TemporalExpression> expressions;
    private readonly TextSpan[] boilerplate;

    /// <summary>The unquoted publication-relative expressions in speech sentences ("said on Tuesday"), not in a past-perfect report ("had warned last month"): the news days a later statement can inherit.</summary>
    private readonly List<TemporalExpression> newsDays;

    /// <summary>
    /// The day the story's lead says its event happened ("spent much of Tuesday night's debate", "announced
    /// Monday"): the first day named, outside quotes and relative clauses and not looking forward, in the first
    /// prose paragraphs.
    /// Undated news statements with no earlier news day take it rather than the publication date.
    /// </summary>
    private readonly TemporalExpression? leadDay;

    /// <summary>The entry time stamps of a live blog ("15.55 BST" on its own line); empty for an ordinary article.</summary>
    private readonly List<TextSpan> entryStamps;

    /// <summary>How many prose paragraphs (not title, byline or dateline lines) make the lead.</summary>
    private const int LeadParagraphs = 2;

    /// <summary>A paragraph this long is prose, not a title, byline or dateline.</summary>
    private const int ProseParagraph = 120;

    /// <summary>How far (in characters) the own-sentence and same-paragraph searches reach: keeps a run-on "sentence" from making dating quadratic.</summary>
    private const int Reach = 2000;

    /// <summary>How many earlier news days are checked for one naming the same speaker.</summary>
    private const int SpeakerLookback = 30;

    private ArticleTimeline(Article article)
    {
        this.article = article;
        boilerplate = [.. article.Boilerplate];
        layout = new ArticleLayout(article.Text);
        // Whether each sentence reports speech, matched at most once (several expressions share a sentence): 0 not yet
        // known, 1 no, 2 yes. An array by sentence index, since the layout numbers its sentences.
        var speech = new byte[layout.SentenceCount];
        bool InSpeechSentence(int position)
        {
            ref var known = ref speech[layout.SentenceIndexAt(position)];
            if (known == 0) known = layout.IsSpeechSentence(position) ? (byte)2 : (byte)1;
            return known == 2;
        }
        expressions = TemporalExpressionFinder.Find(article.Text, article.Published, layout.IsQuoted, InSpeechSentence, p => layout.SentenceAt(p).Start, IsBoilerplate);
        leadDay = LeadDay();
        entryStamps = EntryTimestamps.Find(article.Text);
        newsDays = new List<TemporalExpression>(expressions.Count);
        foreach (var e in expressions)
            if (!e.IsQuoted && e.InSpeechSentence && e.CanDateSpeech && !e.InReportedWords && e.Anchor == TemporalAnchor.Publication
                && !EventReference.IsInPluperfectReport(article.Text, e.Span, layout.SentenceAt(e.Span.Start).Start)) newsDays.Add(e);
    }

    private TemporalExpression? LeadDay()
    {
        var leadEnd = LeadEnd();
        TemporalExpression? vague = null;
        foreach (var e in expressions)
        {
            if (e.Span.Start >= leadEnd) break;
            if (layout.ParagraphAt(e.Span.Start).Length < ProseParagraph) continue;   // a dateline or byline, not the lead's event
            if (!e.IsQuoted && e.CanDateSpeech && !e.InReportedWords && e.Anchor == TemporalAnchor.Publication && e.Precision == DatePrecision.Day
                && !EventReference.IsInRelativeClause(article.Text, e.Span, layout.SentenceAt(e.Span.Start).Start))
            {
                // A vague day ("for a few days last week", "over the weekend") sets the scene; a weekday named after it in
                // the lead ("On Wednesday the parliament voted") is the event's own day.
                if (e.ToleranceDays == 0) return e;
                vague ??= e;
            }
        }
        return vague;
    }

    /// <summary>Where the lead ends: after the first <see cref="LeadParagraphs"/> prose paragraphs.</summary>
    private int LeadEnd()
    {
        var prose = 0;
        for (var at = 0; at < article.Text.Length; )
        {
            var paragraph = layout.ParagraphAt(at);
            if (paragraph.Length >= ProseParagraph && !IsBoilerplate(paragraph) && ++prose == LeadParagraphs) return paragraph.End;
            at = paragraph.End + 1;
        }
        return article.Text.Length;
    }

    private bool IsBoilerplate(TextSpan span)
    {
        // Boilerplate spans are sorted and disjoint: binary search instead of Article.IsBoilerplate's scan. The first
        // one ending after the span's start is the only one that can overlap it.
        var i = SortedSearch.FirstAtOrAfter<TextSpan, SpanEnd>(boilerplate, span.Start + 1);
        return i < boilerplate.Length && boilerplate[i].Start < span.End;
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
        int first = Math.Min(focus.Start, span.Start), last = Math.Max(focus.End, span.End);
        var region = new TextSpan(
            Math.Max(layout.SentenceAt(first).Start, first - Reach),
            Math.Min(layout.SentenceAt(Math.Max(0, last - 1)).End, last + Reach));

        // 1. The statement's own sentence(s), outside its words: the expression nearest the cue.
        TemporalExpression? best = null;
        var bestDistance = int.MaxValue;
        // The expressions starting in the region before the statement's words, then in the region after them.
        foreach (var (from, to) in (ReadOnlySpan<(int, int)>)[(region.Start, span.Start), (span.End, region.End)])
        {
            for (var i = IndexBefore(from) + 1; i < expressions.Count && expressions[i].Span.Start < to; i++)
            {
                var e = expressions[i];
                // An expression starting inside the statement's words dates what was said; one straddling its start
                // ("said Tuesday| morning that ...", when the extractor's span begins mid-expression) dates the saying.
                if (e.IsQuoted || !e.CanDateSpeech || (e.Span.Overlaps(span) && e.Span.Start >= span.Start)) continue;
                // After the words of a statement whose cue came first, inside a later cue's reported clause ("said it
                // had no regrets and warned that action was planned on March 29"): that clause's content, not the saying's day.
                if (e.InReportedWords && e.Span.Start >= span.End && !cue.IsEmpty && cue.End <= span.Start) continue;
                // Before the statement and its cue, inside an earlier cue's reported clause ("Sandoval acknowledged that
                // the Sept. 1 date was a target, but said ..."): what that clause is about, not this saying's day.
                if (e.InReportedWords && e.Span.End <= span.Start && e.Span.End <= focus.Start) continue;
                var distance = e.Span.End <= focus.Start ? focus.Start - e.Span.End : Math.Max(0, e.Span.Start - focus.End);
                if (distance < bestDistance) (best, bestDistance) = (e, distance);
            }
        }
        if (best is not null) return best.ToDate(text);

        var reference = SpeakerReference.For(statement.Speaker, text, cue);
        var newSpeaker = reference is not null && IsNewSpeaker(layout.SentenceAt(first));

        // 2. Earlier sentences of the paragraph that report speech or name the event's day, nearest first.
        var paragraphStart = Math.Max(layout.ParagraphAt(region.Start).Start, region.Start - Reach);
        for (var i = IndexBefore(region.Start); i >= 0 && expressions[i].Span.Start >= paragraphStart; i--)
        {
            var e = expressions[i];
            if (e.IsQuoted || !e.CanDateSpeech || e.InReportedWords || e.Span.Overlaps(span)) continue;
            // A speaker brought in as someone new ("A Saudi official ... told me") is not the one whose dated report
            // came before ("The State Department said in a statement on Tuesday that ..."): that day was the other's.
            // A day setting the scene ("At a polling place on Tuesday afternoon, voters said ...") is still the paragraph's.
            if (newSpeaker && e.InSpeechSentence && EventReference.IsBesideCue(text, e.Span, layout.SentenceAt(e.Span.Start).Start)
                && !reference!.IsReferredToIn(TextOf(Near(layout.SentenceAt(e.Span.Start), e.Span)))) continue;
            // A speech sentence's expression dates its neighbours; so does the news day an earlier sentence gives
            // the paragraph's event ("The declaration came on Wednesday evening. X told a press conference ...").
            if (e.InSpeechSentence || (e.Anchor == TemporalAnchor.Publication && e.Precision == DatePrecision.Day)) return e.ToDate(text);
        }

        // 2b. "told the council after the vote": the day an earlier sentence gives that event.
        if (EventDayNamedBefore(paragraphStart, region, span) is { } eventDay) return eventDay.ToDate(text);

        // 3. Background cues are not dated by the news of the day.
        if (!CueTense.IsCurrentNews(statement.Cue, ClauseBefore(cue))) return StatementDate.Unknown;

        // 4. The same speaker's dated report just before or just after.
        var latest = IndexBefore(newsDays, region.Start);
        // In a live blog, an entry stamped after the last news day was written on the publication day.
        if (LastStampBefore(region.Start) is { } stamp && article.Published is { } blogDay && (latest < 0 || newsDays[latest].Span.Start < stamp.Start))
            return StatementDate.OnDay(blogDay, stamp.Of(text));
        if (reference is not null && (ReportJustBefore(reference, region, TranscriptRule.IsLabelCue(statement.Cue)) ?? ReportJustAfter(reference, region)) is { } adjacent) return adjacent.ToDate(text);
        // A speaker introduced here with a role ("said Anna Ruatapu, a staff nurse") may be the one the report just before
        // spoke of by that role or group ("nurses coming off the shift said ..."): the same occasion.
        if (RoleReference.For(statement.Speaker, statement.SpeakerRole, TextOf(layout.SentenceAt(focus.Start))) is { } role && ReportJustBefore(role.IsReferredToIn, region, soundBite: false) is { } byRole)
            return byRole.ToDate(text);

        // 5. The last news day named before, for this speaker if possible; else the publication date.
        if (reference is not null)
            for (var i = latest; i >= 0 && i > latest - SpeakerLookback; i--)
                if (reference.IsNamedIn(TextOf(Near(layout.SentenceAt(newsDays[i].Span.Start), newsDays[i].Span)))) return newsDays[i].ToDate(text);
        if (latest >= 0 && IsToday(newsDays[latest], region.Start)) return newsDays[latest].ToDate(text);
        if (leadDay is not null && (!MovedOnFromLead(latest) || NarratedJustBefore(reference, region.Start))) return leadDay.ToDate(text);
        return article.Published is { } published ? new StatementDate(published, DatePrecision.Day, null) : StatementDate.Unknown;
    }

    /// <summary>
    /// Whether the sentence opens on an indefinite noun phrase ("A Saudi official ...", "One lawyer ...", "Another
    /// resident ..."): its subject is someone not mentioned before, so an earlier sentence's report is not theirs.
    /// </summary>
    private bool IntroducesNewSpeaker(TextSpan sentence)
    {
        if (sentence.IsEmpty) return false;
        var words = TextOf(sentence).TrimStart(" \t\"“‘'");
        foreach (var opener in (ReadOnlySpan<string>)["A ", "An ", "One ", "Another "])
            if (words.StartsWith(opener, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Whether the statement's sentence brings in someone new, or goes on with a pronoun from the sentence just before
    /// that did ("A Saudi official ... told me the mediators were drafting a truce. He said ...").
    /// </summary>
    private bool IsNewSpeaker(TextSpan sentence)
    {
        if (IntroducesNewSpeaker(sentence)) return true;
        var paragraph = layout.ParagraphAt(sentence.Start);
        return sentence.Start > paragraph.Start && AnyPronoun(TextOf(sentence)) && IntroducesNewSpeaker(layout.SentenceAt(sentence.Start - 1));
    }

    /// <summary>How many expressions before the statement are searched for the day of an event it names ("after the vote").</summary>
    private const int EventLookback = 40;

    /// <summary>
    /// The day of the event a statement is placed "after" or "following" ("told the council after the vote", "said
    /// following the verdict"), in its paragraph before or around its words: the nearest earlier expression whose
    /// sentence names the event, as a noun or a verb of the same stem ("The council voted 15-0 on Monday").
    /// </summary>
    private TemporalExpression? EventDayNamedBefore(int paragraphStart, TextSpan region, TextSpan span)
    {
        var text = article.Text;
        string? stem = null;
        foreach (var (from, to) in (ReadOnlySpan<(int, int)>)[(paragraphStart, span.Start), (span.End, region.End)])
            if (to > from && EventReference.EventAfter(text.AsSpan(from, to - from)) is { } found) stem = found;
        if (stem is null) return null;
        var last = IndexBefore(paragraphStart);
        for (var i = last; i >= 0 && i > last - EventLookback; i--)
        {
            if (!IsEventDay(expressions[i])) continue;
            var sentence = layout.SentenceAt(expressions[i].Span.Start);
            if (!EventReference.NamesEvent(TextOf(Near(sentence, expressions[i].Span)), stem)) continue;
            // The sentence's first such day is the event's ("signed ... on Monday, a day after Abiy arrived").
            var first = i;
            for (var j = i - 1; j >= 0 && expressions[j].Span.Start >= sentence.Start; j--)
                if (IsEventDay(expressions[j])) first = j;
            return expressions[first];
        }
        return null;

        // An exact day outside quotes and reported words, not looking forward: "last week" is too vague to pin an event.
        static bool IsEventDay(TemporalExpression e) =>
            !e.IsQuoted && e.CanDateSpeech && !e.InReportedWords && e.Precision == DatePrecision.Day && e.ToleranceDays == 0;
    }

    /// <summary>How far back (characters) a participle cue's governing clause is read ("Tamsen disputed that account, saying").</summary>
    private const int ClauseReach = 160;

    /// <summary>The words of the cue's sentence before the cue, at most <see cref="ClauseReach"/> characters.</summary>
    private ReadOnlySpan<char> ClauseBefore(TextSpan cue)
    {
        if (cue.IsEmpty) return default;
        var start = Math.Max(layout.SentenceAt(cue.Start).Start, cue.Start - ClauseReach);
        return article.Text.AsSpan(start, Math.Max(0, cue.Start - start));
    }

    /// <summary>
    /// The day of the speaker's report in the paragraph just before, when the statement goes on with it ("Yesterday he
    /// appeared to row back, saying at a press conference ... ¶ "The ball is in the British court," he said."): the last
    /// sentence there that reports speech and names the speaker (or uses the statement's pronoun), dated by an expression
    /// of its own beside the cue, or else as the paragraph's event ("Nurses rallied on Wednesday afternoon. Deb Hollister
    /// said ... ¶ "That's not safe," Hollister said.").
    /// </summary>
    /// <remarks>
    /// A transcript's sound bite (<paramref name="soundBite"/>, "AMIRA OSMAN: ...") follows its introduction, which need
    /// not report speech: "This morning we reached Amira Osman, a pharmacist, by phone."
    /// </remarks>
    private TemporalExpression? ReportJustBefore(SpeakerReference reference, TextSpan region, bool soundBite) =>
        ReportJustBefore(reference.IsReferredToIn, region, soundBite);

    /// <summary>A test of whether a sentence refers to the speaker.</summary>
    private delegate bool RefersToSpeaker(ReadOnlySpan<char> sentence);

    private TemporalExpression? ReportJustBefore(RefersToSpeaker refersToSpeaker, TextSpan region, bool soundBite)
    {
        var own = layout.ParagraphAt(region.Start);
        if (own.Start == 0) return null;
        var previous = PreviousParagraph(own);
        if (previous == own || own.Start - previous.End > Reach) return null;
        TextSpan? report = null;
        // The paragraph's last Reach characters at most: a run-on paragraph must not make dating quadratic.
        var from = Math.Max(previous.Start, previous.End - Reach);
        for (var at = from; at < previous.End; )
        {
            var whole = layout.SentenceAt(at);
            if (whole.End <= at) break;
            var sentence = new TextSpan(Math.Max(whole.Start, from), Math.Min(whole.End, previous.End));
            if (refersToSpeaker(TextOf(sentence)) && (soundBite || layout.ReportsSpeech(sentence))) report = sentence;
            at = whole.End;
        }
        if (report is not { } found) return null;
        if (DayBeside(found) is { } own1) return own1;
        // "Isaias told the same dinner that ... ¶ "...," he said.": the report is dated by the event it names.
        if (EventDayNamedBefore(found.Start, found, new TextSpan(found.End, found.End)) is { } eventDay) return eventDay;
        for (var i = IndexBefore(found.Start); i >= 0 && expressions[i].Span.Start >= from; i--)
        {
            var e = expressions[i];
            if (e.IsQuoted || !e.CanDateSpeech || e.InReportedWords) continue;
            if (e.InSpeechSentence || (e.Anchor == TemporalAnchor.Publication && e.Precision == DatePrecision.Day)) return e;
        }
        return null;
    }

    /// <summary>
    /// The day of the speaker's report just after, in a later sentence of the paragraph or in the next paragraph, that
    /// names the speaker (or, within the paragraph, uses a pronoun for them) beside a cue dated on its own: a lead-in
    /// paraphrase and the quote that follows are one occasion ("Ostergaard called the tariffs "a tax". ¶ "Farmers don't
    /// want a bailout," Ostergaard said at a news conference on Tuesday.").
    /// </summary>
    private TemporalExpression? ReportJustAfter(SpeakerReference reference, TextSpan region)
    {
        var own = layout.ParagraphAt(Math.Max(region.Start, region.End - 1));
        var next = NextParagraph(own);
        var limit = Math.Min(next.End, region.End + Reach);
        for (var at = region.End; at < limit; )
        {
            var whole = layout.SentenceAt(at);
            if (whole.End <= at) { at++; continue; }
            var sentence = new TextSpan(Math.Max(whole.Start, region.End), Math.Min(whole.End, limit));
            var words = TextOf(sentence);
            var inOwnParagraph = sentence.Start < own.End;
            if (reference.IsNamedIn(words) || (inOwnParagraph && AnyPronoun(words)))
                return layout.ReportsSpeech(sentence) ? DayBeside(sentence) : null;
            at = whole.End;
        }
        return null;
    }

    /// <summary>
    /// The expression of <paramref name="sentence"/> that dates its saying: outside quotes and relative clauses, not
    /// looking forward, not inside reported words; the one beside the cue if any ("RIGA, March 5 (NEPA) - ..., a board
    /// member said on Wednesday": the dateline's day is the wire's, Wednesday the saying's), else the first.
    /// </summary>
    private TemporalExpression? DayBeside(TextSpan sentence)
    {
        TemporalExpression? first = null;
        for (var i = IndexBefore(sentence.Start) + 1; i < expressions.Count && expressions[i].Span.Start < sentence.End; i++)
        {
            var e = expressions[i];
            // A day in a relative clause is the person's background ("Nora Quilty, who was brought in on Monday evening").
            // Nor does a past-perfect report date the words next to it ("Last month, Lund had warned ...").
            if (e.IsQuoted || !e.CanDateSpeech || e.InReportedWords || EventReference.IsInRelativeClause(article.Text, e.Span, sentence.Start)
                || EventReference.IsInPluperfectReport(article.Text, e.Span, sentence.Start)) continue;
            if (first is not null && EventReference.IsBesideCue(article.Text, e.Span, sentence.Start)) return e;
            first ??= e;
        }
        return first;
    }

    private static bool AnyPronoun(ReadOnlySpan<char> sentence)
    {
        var first = sentence.TrimStart(" \t\"“‘'");
        return first.StartsWith("He ", StringComparison.Ordinal) || first.StartsWith("She ", StringComparison.Ordinal);
    }

    /// <summary>The first non-blank paragraph after <paramref name="paragraph"/> (itself when it is the last).</summary>
    private TextSpan NextParagraph(TextSpan paragraph)
    {
        var next = paragraph;
        while (next.End < article.Text.Length && (next == paragraph || next.IsEmpty)) next = layout.ParagraphAt(next.End + 1);
        return next;
    }

    private ReadOnlySpan<char> TextOf(TextSpan span) => article.Text.AsSpan(span.Start, span.Length);

    /// <summary>The part of <paramref name="sentence"/> within <see cref="Reach"/> of <paramref name="expression"/>: bounded work on a run-on sentence.</summary>
    private static TextSpan Near(TextSpan sentence, TextSpan expression)
    {
        var start = Math.Max(sentence.Start, expression.Start - Reach);
        return new(start, Math.Max(start, Math.Min(sentence.End, expression.End + Reach)));
    }

    /// <summary>
    /// Whether a news day later than the lead's was named after the lead and before the statement
    /// (<paramref name="latest"/> is the last news day before it): the story has moved on to a later day, so an
    /// undated statement no longer belongs to the lead's event but was said to the reporter afterwards.
    /// </summary>
    private bool MovedOnFromLead(int latest) =>
        latest >= 0 && leadDay is not null && newsDays[latest].Span.Start > leadDay.Span.Start && newsDays[latest].Value > leadDay.Value;

    /// <summary>
    /// Whether the narration just before the statement (the earlier sentences of its paragraph, or the paragraph
    /// before) tells in the past what the speaker did, without reporting speech ("Reilly finished with 27 saves."; not
    /// "she joins us now"): the story has come back to the lead's event, and the speaker's words belong to it even
    /// after a later day was named.
    /// </summary>
    private bool NarratedJustBefore(SpeakerReference? reference, int position)
    {
        if (reference is null) return false;
        var from = Math.Max(PreviousParagraph(layout.ParagraphAt(position)).Start, position - Reach);
        for (var at = from; at < position; )
        {
            var sentence = layout.SentenceAt(at);
            if (sentence.End > position) break;   // the statement's own sentence
            if (!sentence.IsEmpty && reference.IsNamedIn(TextOf(sentence)) && layout.IsPastNarration(sentence.Start)) return true;
            at = Math.Max(sentence.End, at + 1);
        }
        return false;
    }

    /// <summary>The last non-blank paragraph before <paramref name="paragraph"/> (itself when it is the first).</summary>
    private TextSpan PreviousParagraph(TextSpan paragraph)
    {
        var previous = paragraph;
        while (previous.Start > 0 && (previous == paragraph || previous.IsEmpty)) previous = layout.ParagraphAt(previous.Start - 1);
        return previous;
    }

    /// <summary>How near (characters, about three news paragraphs) another speaker's report of the publication day must be to make a statement today's news.</summary>
    private const int TodayReach = 800;

    // Another speaker's words reported as of the publication day ("today", "on early Sunday" in a Sunday paper)
    // just before: the story has moved to today's news. Farther back, or an earlier day, dates only its own speaker.
    private bool IsToday(TemporalExpression e, int position) =>
        e.Anchor == TemporalAnchor.Publication && e.Precision == DatePrecision.Day && e.ToleranceDays == 0 && e.Value == article.Published
        && position - e.Span.End <= TodayReach;

    private TextSpan? LastStampBefore(int position) =>
        SortedSearch.LastBefore<TextSpan, SpanStart>(CollectionsMarshal.AsSpan(entryStamps), position) is var i and >= 0 ? entryStamps[i] : null;

    private TextSpan Clamp(TextSpan s)
    {
        var length = article.Text.Length;
        var start = Math.Clamp(s.Start, 0, length);
        return new TextSpan(start, Math.Clamp(s.End, start, length));
    }

    private int IndexBefore(int position) => IndexBefore(expressions, position);

    /// <summary>The index of the last expression starting before <paramref name="position"/>, or -1.</summary>
    private static int IndexBefore(List<TemporalExpression> list, int position) =>
        SortedSearch.LastBefore<TemporalExpression, ExpressionStart>(CollectionsMarshal.AsSpan(list), position);

    private readonly struct ExpressionStart : ISortKey<TemporalExpression>
    {
        public static int Of(in TemporalExpression item) => item.Span.Start;
    }
}
