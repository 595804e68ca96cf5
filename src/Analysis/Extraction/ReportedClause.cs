using System.Collections.Frozen;
using Analysis.Speakers;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Finds the words a cue reports, in the cue's sentence: a quote after it (“told CNN: “...””), the
/// clause after it ("said (that) ..."), the clause before it ("..., the official said"; “...,” he said),
/// or, for a cue ending its paragraph with a colon, the next paragraph (a block quote). Then decides the
/// shape: words wholly inside quotation marks are a direct quote (the quote is the quoted words); reported
/// speech with quoted fragments is indirect (the quote is the whole clause, fragments included).
/// </summary>
public sealed class ReportedClause(TextLayout layout)
{
    private const int MaxThatLookahead = 10;
    private const int MaxAppositiveWords = 15;
    private const int MaxLeadingModifiers = 2;

    private static readonly FrozenSet<string> SkippedAfterCue = WordSet.IgnoringCase(
        "later", "earlier", "again", "also", "previously", "then", "publicly", "privately", "repeatedly", "recently",
        "today", "yesterday", "tonight", "now", "separately", "further", "however", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "flatly", "bluntly", "simply", "morning", "afternoon", "evening", "night", "overnight");

    private static readonly FrozenSet<string> Prepositions = WordSet.IgnoringCase(
        "in", "on", "at", "during", "for", "after", "before", "from", "to", "while", "last", "this", "with", "without", "via", "late", "early", "within");

    // Words after a comma that start something other than the reported clause.
    private static readonly FrozenSet<string> ClauseBreaks = WordSet.IgnoringCase(
        "despite", "without", "but", "while", "although", "though", "according", "as", "even", "whereas", "yet", "amid", "after", "before");

    private static readonly FrozenSet<string> InfinitiveCues = WordSet.IgnoringCase(
        "vowed", "vows", "pledged", "promised", "threatened", "refused", "declined");

    private static readonly FrozenSet<string> QuoteLeads = WordSet.IgnoringCase("he", "she", "they", "it", "we", "i", "to");

    /// <summary>The reported words of <paramref name="cue"/>, or null when the cue reports nothing visible.</summary>
    public ReportedWords? Locate(Cue cue, Mention subject, bool inverted, bool subordinate, Sentence sentence, int? blockParagraph)
    {
        int end = sentence.EndToken;
        if (cue.Form == CueForm.According)
        {
            int afterSource = subject.EndToken;
            if (LeadingWordsOnly(sentence.FirstToken, cue.FirstToken))
            {
                if (afterSource < end && layout.IsPunct(afterSource, ',')) afterSource = SkipAppositive(afterSource + 1, end);
                return Shape(afterSource, ClauseEnd(afterSource, end, subordinate: false), cue);
            }
            return Before(sentence, cue.FirstToken, cue);
        }

        int k = inverted ? subject.EndToken : cue.EndToken;
        k = SkipTimePhrase(SkipAdverbials(k, end), end);
        if (k < end && (layout.IsPunct(k, ',') || layout.IsPunct(k, ':')) && k + 1 < end && CueLexicon.IsOpeningQuote(layout, k + 1)) k++;
        if (k < end && CueLexicon.IsOpeningQuote(layout, k) && layout.QuoteAt(layout.Tokens[k].Start) is { } quote)
            return new ReportedWords(quote.Inner, cue.Tweet ? StatementKind.Tweet : StatementKind.Direct);

        if (k < end && layout.IsPunct(k, ':') && k == end - 1)
        {
            if (blockParagraph is not { } p) return null;
            var block = layout.Paragraphs[p];
            var inner = layout.QuoteAt(block.Start) is { Closed: true } q && q.Outer.Start == block.Start && q.Outer.End >= block.End - 1 ? q.Inner : block;
            return new ReportedWords(inner, cue.Tweet ? StatementKind.Tweet : StatementKind.Direct);
        }

        // `“...,” Prager said outside the courtroom.`, `“...,” a hoarse Kasprzak told a packed, sweaty ballroom ...`: a quote
        // that opens the sentence and hands over to its cue is what the cue reports; whatever follows the cue says where,
        // when or to whom.
        if (cue.Form == CueForm.Verb && HandedOverQuote(sentence, cue.FirstToken) is { } handed)
            return new ReportedWords(handed, cue.Tweet ? StatementKind.Tweet : StatementKind.Direct);

        // "said a 22-year-old student who gave her name only as Cherry": a relative clause describes the inverted subject.
        int start = inverted && k < end && layout.Tokens[k].IsWord && layout.Word(k) is "who" or "whose" ? -1 : ThatClauseStart(k, end, layout.Word(cue.FirstToken));
        if (start < 0 && !inverted && InterruptsClause(subject, k, sentence) && Before(sentence, subject.FirstToken, cue) is { Kind: StatementKind.Indirect } opening)
        {
            // "The sticking point, she said, is health care": the cue interrupts one clause, which is the statement, cue and all.
            return Shape(layout.FirstTokenAtOrAfter(opening.Span.Start), ClauseEnd(k + 1, end, subordinate: false), cue);
        }
        if (start < 0)
        {
            // Nothing but a place or time after the cue ("said at Thursday's briefing."): the words came before.
            return (inverted ? Before(sentence, cue.FirstToken, cue) : Before(sentence, subject.FirstToken, cue))
                   ?? (!inverted && subject.FirstToken == sentence.FirstToken ? ExclaimedBefore(sentence, cue) : null);
        }
        if (cue.Form == CueForm.Participle && layout.IsWord(cue.FirstToken - 1, "and") && IsParticiple(subject.EndToken) && subject.EndToken < cue.FirstToken)
            start = subject.EndToken;   // "Mattis encouraging diplomacy and admitting that ...": both participles report him.
        int clauseEnd = ClauseEnd(start, end, subordinate);
        // "declared victory early Wednesday", "announced new sanctions on Iran": a verb that also takes a plain object
        // reports words only when a clause follows ("announced the talks would resume").
        if (!layout.IsWord(start - 1, "that") && ObjectVerbs.Contains(layout.Word(cue.FirstToken)) && cue.EndToken == cue.FirstToken + 1 && !CueLexicon.IsOpeningQuote(layout, start) && !HasFiniteVerb(start, clauseEnd))
            return null;
        return Shape(start, clauseEnd, cue);
    }

    /// <summary>
    /// “We are not there yet,” Lindqvist said, “but the gap is narrowing.”: when the cue's words are a quote
    /// after it, a quote ending in a comma just before the subject (or before an inverted cue) is the first
    /// half of the same statement. Null otherwise.
    /// </summary>
    public ReportedWords? LeadingHalf(Cue cue, Mention subject, bool inverted, Sentence sentence, ReportedWords words)
    {
        if (!IsWholeQuote(words.Span) || cue.Form != CueForm.Verb || words.Span.Start < cue.Span.End) return null;
        int boundary = inverted ? cue.FirstToken : subject.FirstToken;
        if (boundary <= sentence.FirstToken) return null;
        return Before(sentence, boundary, cue) is { } half && IsWholeQuote(half.Span) && half.Span.End <= layout.Tokens[boundary].Start ? half : null;
    }

    private const int MaxHandoverWords = 8;

    // The words of a closed quote that opens the sentence and hands over to the cue: it ends on a comma, a question or an
    // exclamation mark (inside the marks, or a comma after them), and only the subject's plain words stand between it
    // and the cue ("Northgate vice-president of operations Craig Beaulieu"). Null otherwise.
    private TextSpan? HandedOverQuote(Sentence sentence, int cueStart)
    {
        if (!CueLexicon.IsOpeningQuote(layout, sentence.FirstToken) || layout.QuoteAt(layout.Tokens[sentence.FirstToken].Start) is not { Closed: true } quote || quote.Inner.IsEmpty) return null;
        int after = layout.FirstTokenAtOrAfter(quote.Outer.End);
        bool commaAfter = after < cueStart && layout.IsPunct(after, ',');
        if (!commaAfter && layout.Text[quote.Inner.End - 1] is not (',' or '?' or '!')) return null;
        if (commaAfter) after++;
        if (cueStart - after > MaxHandoverWords) return null;
        for (int t = after; t < cueStart; t++)
            if (!layout.Tokens[t].IsWord || layout.Quoted[t]) return null;
        return quote.Inner;
    }

    private bool IsWholeQuote(TextSpan span) => layout.QuoteAt(span.Start) is { } q && q.Inner == span;

    // "According to Maria Chen, chief economist at the port authority, freight rates ...": a lower-case
    // description between commas belongs to the source, not to the words.
    // ("According to the FDA, seven of the nine people were hospitalized, and ...": words with a verb are the clause itself.)
    private int SkipAppositive(int from, int end)
    {
        if (from >= end || !layout.Tokens[from].IsWord || !char.IsLower(layout.Text[layout.Tokens[from].Start])) return from;
        for (int j = from; j < end && j < from + MaxAppositiveWords; j++)
        {
            if (layout.IsPunct(j, ',')) return j + 1;
            if (layout.Tokens[j].IsWord && FiniteMarkers.Contains(layout.Word(j))) return from;
        }
        return from;
    }

    // The clause before the subject (or before an inverted cue) must end with a comma or a closing quote;
    // up to a few lower-case words may stand between ("“...,” union chief Olga Petrova said").
    private ReportedWords? Before(Sentence sentence, int boundary, Cue cue)
    {
        int last = boundary - 1;
        // ("“...,” Eritrea's Information Minister Yemane Gebremeskel wrote": a possessor too.)
        for (int i = 0; i < MaxLeadingModifiers && last > sentence.FirstToken && layout.Tokens[last].IsWord && (char.IsLower(layout.Text[layout.Tokens[last].Start]) || MentionFinder.StripPossessive(layout.Word(last)).Possessive) && !layout.Quoted[last]; i++) last--;
        if (last <= sentence.FirstToken) return null;
        // "..., a position Dunning repeated on Wednesday": the subject repeats what the noun phrase names, words of others.
        if (last + 1 < boundary && layout.Word(last + 1) is "a" or "an") return null;
        int endToken = layout.IsPunct(last, ',') ? last : IsClosingQuote(last) ? last + 1 : -1;
        if (endToken < 0 && DescribedSubjectStart(sentence, boundary) is var described && described > sentence.FirstToken + 1)
        {
            // "..., the state power company Eesti Energia said": a longer description of the subject, from its article.
            last = described - 1;
            endToken = layout.IsPunct(last, ',') ? last : IsClosingQuote(last) ? last + 1 : -1;
        }
        if (endToken < 0) return null;
        if (endToken == last) endToken = QuoteBeforeDescription(sentence.FirstToken, last) ?? endToken;
        int start = Dateline.End(layout, sentence.FirstToken, endToken);
        return endToken > start ? Shape(start, endToken, cue) : null;
    }

    private const int MaxDescriptionWords = 5;

    // The article opening a run of lower-case words right before the subject ("the state utility"), or -1.
    private int DescribedSubjectStart(Sentence sentence, int boundary)
    {
        for (int j = boundary - 1; j > sentence.FirstToken && boundary - j <= MaxDescriptionWords; j--)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j] || !char.IsLower(layout.Text[layout.Tokens[j].Start])) return -1;
            if (layout.IsWord(j, "the")) return j;
            if (layout.Word(j) is "a" or "an") return -1;
        }
        return -1;
    }

    // `“...,” Northline's vice president of operations, Carl Brandvold, told`: the quote closing on a comma before the
    // speaker's description ends the words; the description is no part of them.
    private int? QuoteBeforeDescription(int first, int comma)
    {
        for (int u = comma - 1; u > first && comma - u <= MaxAppositiveWords; u--)
        {
            if (IsClosingQuote(u)) return layout.Text[layout.Tokens[u].Start - 1] == ',' && u + 1 < comma ? u + 1 : null;
            if (layout.Quoted[u] || !layout.Tokens[u].IsWord && !layout.IsPunct(u, ',')) return null;
        }
        return null;
    }

    private ReportedWords? Shape(int start, int endToken, Cue cue)
    {
        while (endToken > start && !layout.Tokens[endToken - 1].IsWord && !layout.Quoted[endToken - 1] && layout.Text[layout.Tokens[endToken - 1].Start] is '.' or ',' or ';' or ':' && !IsClosingQuote(endToken - 1)) endToken--;
        if (endToken <= start) return null;
        var kind = cue.Tweet ? StatementKind.Tweet : StatementKind.Direct;
        int first = start;
        if (layout.Tokens[first].IsWord && QuoteLeads.Contains(layout.Word(first)) && first + 1 < endToken && CueLexicon.IsOpeningQuote(layout, first + 1))
        {
            // "vowed to “totally destroy” ...", "said he “can’t go further into detail.”": the quoted words are the statement.
            var q = layout.QuoteAt(layout.Tokens[first + 1].Start)!.Value;
            if (layout.IsWord(first, "to") || q.Outer.End >= layout.Tokens[endToken - 1].End) return new ReportedWords(q.Inner, kind);
        }
        if (CueLexicon.IsOpeningQuote(layout, first) && layout.QuoteAt(layout.Tokens[first].Start) is { } whole && whole.Outer.End >= layout.Tokens[endToken - 1].End)
            return new ReportedWords(whole.Inner, kind);
        var span = new TextSpan(layout.Tokens[start].Start, layout.Tokens[endToken - 1].End);
        return new ReportedWords(span, cue.Tweet ? StatementKind.Tweet : StatementKind.Indirect);
    }

    // The first token of the reported clause after the cue, or -1 when the cue is followed by nothing but
    // a place or time. "said in Washington on Tuesday that he ..." starts after "that".
    private int ThatClauseStart(int k, int end, string cueWord)
    {
        if (k >= end || !layout.Tokens[k].IsWord) return -1;
        if (layout.IsWord(k, "that")) return k + 1 < end ? k + 1 : -1;
        // "vowed to veto any bill that ...": after a verb of promise an infinitive is the reported words, "to" aside
        // ("said to cheers" is not one).
        if (layout.IsWord(k, "to") && InfinitiveCues.Contains(cueWord) && k + 1 < end && layout.Tokens[k + 1].IsWord && !layout.Quoted[k + 1] && IsLowerNonDeterminer(k + 1)) return k + 1;
        // ("had not conceded by the time this newsletter went out": "by the time" opens a time phrase.)
        if (!Prepositions.Contains(layout.Word(k)) && !(layout.IsWord(k, "by") && k + 2 < end && layout.IsWord(k + 1, "the") && layout.IsWord(k + 2, "time"))) return k;
        // A place or time phrase, then "that", a comma or the end; anything else is the clause itself ("vowed to “...”").
        for (int j = k + 1; j <= k + MaxThatLookahead; j++)
        {
            if (j >= end) return -1;
            if (layout.IsWord(j, "that")) return j + 1 < end ? j + 1 : -1;
            if (layout.Tokens[j].IsWord && !layout.Quoted[j]) continue;
            return layout.Text[layout.Tokens[j].Start] is ',' or '.' or ';' or '!' or '?' && !layout.Quoted[j] ? -1 : k;
        }
        return k;
    }

    private bool IsLowerNonDeterminer(int t) =>
        char.IsLower(layout.Text[layout.Tokens[t].Start]) && layout.Word(t) is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "our" or "reporters" or "journalists");

    // “Why? Watch closely!!!” Trump wrote: a quote ending in ! or ? before a capitalised subject stands as a sentence
    // of its own, and is the words of the cue that follows it.
    private ReportedWords? ExclaimedBefore(Sentence sentence, Cue cue)
    {
        int s = layout.SentenceOf[sentence.FirstToken];
        if (s == 0 || layout.Sentences[s - 1] is var previous && previous.Paragraph != sentence.Paragraph) return null;
        if (layout.QuoteAt(previous.Span.Start) is not { Closed: true } q || q.Outer.Start != previous.Span.Start || q.Outer.End < previous.Span.End) return null;
        if (q.Inner.IsEmpty || layout.Text[q.Inner.End - 1] is not ('!' or '?')) return null;
        return new ReportedWords(q.Inner, cue.Tweet ? StatementKind.Tweet : StatementKind.Direct);
    }

    // ", she said, is ...": set off by commas, with the clause going on in lower case after it ("is", "or whether");
    // not "..., the official said, despite ...", ", at a time when ..." or ", raising the prospect of ...", where the
    // clause before was whole.
    private bool InterruptsClause(Mention subject, int k, Sentence sentence) =>
        k + 1 < sentence.EndToken && layout.IsPunct(k, ',') && layout.Tokens[k + 1].IsWord && !layout.Quoted[k + 1] && char.IsLower(layout.Text[layout.Tokens[k + 1].Start])
        && subject.FirstToken - 1 > sentence.FirstToken && layout.IsPunct(subject.FirstToken - 1, ',') && !CueLexicon.IsReportingParticiple(layout.Word(k + 1))
        && !ClauseBreaks.Contains(layout.Word(k + 1)) && !Prepositions.Contains(layout.Word(k + 1)) && layout.Word(k + 1) is not ("a" or "an" or "the" or "which" or "who" or "when")
        // "..., the union said, deepening a dispute that ...": a participle after the cue is the writer's comment on the news.
        && !IsParticiple(k + 1);

    private static readonly FrozenSet<string> TimeWords = WordSet.IgnoringCase(
        "at", "on", "early", "late", "shortly", "just", "before", "after", "around", "about", "midnight", "noon", "morning",
        "afternoon", "evening", "night", "today", "yesterday", "tonight", "last", "this", "a.m", "p.m", "a.m.", "p.m.", "am", "pm",
        "ET", "EST", "EDT", "GMT", "BST", "local", "time", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private const int MaxTimePhraseTokens = 8;

    // "tweeted at 1:12 a.m.: “...”", "posted on Facebook early Wednesday: “...”", "said shortly before midnight that":
    // a time phrase between the cue and its words, skipped only when the words visibly follow it.
    private int SkipTimePhrase(int k, int end)
    {
        int j = k;
        while (j < end && j < k + MaxTimePhraseTokens && !layout.Quoted[j]
               && (layout.Tokens[j].IsWord ? TimeWords.Contains(layout.Word(j)) || char.IsDigit(layout.Text[layout.Tokens[j].Start]) : layout.IsPunct(j, ':') && j + 1 < end && char.IsDigit(layout.Text[layout.Tokens[j + 1].Start])))
            j++;
        if (j == k) return k;
        // "“...,” Berg posted on X at 1:14 a.m.": a time phrase ending the sentence leaves nothing after the cue.
        if (j >= end || j == end - 1 && layout.IsPunct(j, '.')) return j;
        bool wordsFollow = layout.IsPunct(j, ':') || CueLexicon.IsOpeningQuote(layout, j) || layout.IsWord(j, "that")
                           || layout.IsPunct(j, ',') && j + 1 < end && CueLexicon.IsOpeningQuote(layout, j + 1);
        return wordsFollow ? j : k;
    }

    private int SkipAdverbials(int k, int end)
    {
        while (k < end)
        {
            if (layout.Tokens[k].IsWord && SkippedAfterCue.Contains(layout.Word(k)) && !layout.Quoted[k]) { k++; continue; }
            // ", however," between the cue and its clause; and the spoken ", quote," before a quotation read out on air.
            if (layout.IsPunct(k, ',') && k + 2 < end && (layout.IsWord(k + 1, "however") || layout.IsWord(k + 1, "quote")) && !layout.Quoted[k + 1] && layout.IsPunct(k + 2, ',')) { k += 3; continue; }
            if (layout.IsWord(k, "on") && k + 1 < end && SkippedAfterCue.Contains(layout.Word(k + 1))) { k += 2; continue; }
            // "said only: “...”", "said only that ...", not "acknowledged only “very limited” contact".
            if (layout.IsWord(k, "only") && !layout.Quoted[k] && k + 1 < end && (layout.IsPunct(k + 1, ':') || layout.IsWord(k + 1, "that"))) { k++; continue; }
            break;
        }
        return k;
    }

    private int ClauseEnd(int start, int end, bool subordinate)
    {
        for (int u = start; u < end; u++)
        {
            // "... that the strikes were unnecessary and accused union leaders of ...": a second reporting verb starts its own statement.
            if (u > start && u + 1 < end && !layout.Quoted[u] && !layout.Quoted[u + 1] && (layout.IsWord(u, "and") || layout.IsWord(u, "but"))
                && layout.Tokens[u + 1].IsWord && (CueLexicon.StartsCoordinatedStatement(layout.Word(u + 1)) && !WarnsAgainst(u + 1, end) || StartsSecondReport(start, u + 1, end)
                    // "... meant “more mercury” and called the extension “a gift to polluters”": a naming with its quoted object is a second statement.
                    || CueLexicon.IsNaming(layout.Word(u + 1)) && CueLexicon.NamesQuotedObject(layout, u + 1, end))) return u;
            if (layout.Quoted[u] || layout.Tokens[u].IsWord) continue;
            char c = layout.Text[layout.Tokens[u].Start];
            if (c == ';') return u;
            if (c is '-' or '\u2013' or '\u2014' && layout.Tokens[u].Start > 0 && char.IsWhiteSpace(layout.Text[layout.Tokens[u].Start - 1]) && !QualifiedAfterDash(u, end)) return u;
            if (c == ',' && u + 1 < end && layout.Tokens[u + 1].IsWord && !layout.Quoted[u + 1])
            {
                var next = layout.Word(u + 1);
                // ", adding ...", ", saying ..." start the next statement; ", bringing the total to 37" still belongs to this one.
                // "said she would not, but that war should be ...": a second "that" clause of the same report.
                bool secondThat = next is "but" or "and" && u + 2 < end && layout.IsWord(u + 2, "that");
                // "said Labor had supported the stand until now, but could not vote for ...": a second predicate with
                // the subject left out goes on with the same reported clause.
                bool secondPredicate = !subordinate && next is "but" or "and" && u + 2 < end && layout.Tokens[u + 2].IsWord && !layout.Quoted[u + 2] && Auxiliaries.Contains(layout.Word(u + 2));
                if (!secondThat && !secondPredicate && (subordinate || ClauseBreaks.Contains(next)) || CueLexicon.IsReportingParticiple(next)) return u;
                // "Lumora, which ... says it has 48 million users, said it would ...": the sentence's own verb ends the aside;
                // "..., and Okafor told reporters ...": a second speaker's report starts after the comma.
                if (CueLexicon.StartsCoordinatedStatement(next) || next is "and" or "but" && NewReportFollows(u + 2, end)) return u;
                // "..., which she called “a slot machine”": the naming is a statement of its own.
                if (next is "which" or "what" && u + 3 < end && layout.Tokens[u + 2].IsWord && CueLexicon.IsNaming(layout.Word(u + 3))) return u;
                // "... without raising taxes, which he said the board would not do": a relative clause with a report of its own and
                // a subject of its own is a statement nested in the words, not more of them ("sanctions against North Korea, which he
                // said has emerged as a threat" goes on describing what the words are about).
                if (next is "which" && u + 4 < end && layout.Tokens[u + 2].IsWord && CueLexicon.IsSubjectPronoun(layout.Word(u + 2)) && layout.Word(u + 3) is "said" or "says"
                    && layout.Tokens[u + 4].IsWord && !layout.Quoted[u + 4] && (layout.Word(u + 4) is "the" or "a" or "an" || CueLexicon.IsSubjectPronoun(layout.Word(u + 4)) || char.IsUpper(layout.Text[layout.Tokens[u + 4].Start]))) return u;
                // "..., a claim Mr Galgalo yesterday dismissed as “cheap propaganda”": so is a naming in a noun phrase's relative clause.
                if (next is "a" or "an" && NamingFollows(u + 2, end)) return u;
                // "... ‘cannot have its cake and eat it’, a dig at ...", "... ‘no negotiation without notification’, rebuffing ...":
                // after quoted words, an appositive or a participle is the writer's comment on them.
                if (u > start && IsClosingQuote(u - 1) && (next is "a" or "an" || next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal))) return u;
            }
            // "... to “sit down tonight,” adding that ...": the comma inside the marks ends the clause as one outside would.
            if (IsClosingQuote(u) && layout.Text[layout.Tokens[u].Start - 1] == ',' && (subordinate || u + 1 < end && layout.Tokens[u + 1].IsWord && CueLexicon.IsReportingParticiple(layout.Word(u + 1)))) return u + 1;
            // `... that “no demands will be met,” a position the director repeated`: the comma inside the marks ends the words too.
            if (IsClosingQuote(u) && layout.Text[layout.Tokens[u].Start - 1] == ',' && u + 1 < end && layout.Tokens[u + 1].IsWord && !layout.Quoted[u + 1] && layout.Word(u + 1) is "a" or "an") return u + 1;
        }
        return end;
    }

    // `said Spain was "always ready to talk" - but only if the blocks were removed`, `... - or push the dispute back to ...`:
    // after a dash, "but" or "or" and a lower-case word qualify the same words; "- and dared the chairman to sack him" or
    // "- but the minister said ..." start something new.
    private bool QualifiedAfterDash(int dash, int end) =>
        dash + 2 < end && (layout.IsWord(dash + 1, "but") || layout.IsWord(dash + 1, "or")) && layout.Tokens[dash + 2].IsWord && !layout.Quoted[dash + 2]
        && char.IsLower(layout.Text[layout.Tokens[dash + 2].Start]) && !CueLexicon.StartsCoordinatedStatement(layout.Word(dash + 2)) && !CueLexicon.StartsSecondReport(layout.Word(dash + 2))
        && !NewReportFollows(dash + 2, end);

    private const int MaxWordsBeforeNaming = 6;

    // A verb of naming within a few plain words ("claim Mr Galgalo yesterday dismissed"), its quoted object right after.
    private bool NamingFollows(int from, int end)
    {
        for (int j = from + 1; j < end && j <= from + MaxWordsBeforeNaming; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return false;
            if (CueLexicon.IsNaming(layout.Word(j))) return j + 1 < end && CueLexicon.IsOpeningQuote(layout, j + 1) || j + 2 < end && layout.IsWord(j + 1, "as") && CueLexicon.IsOpeningQuote(layout, j + 2);
        }
        return false;
    }

    private static readonly FrozenSet<string> Auxiliaries = WordSet.Exact(
        "could", "would", "should", "will", "can", "might", "may", "must", "did", "does", "do", "had", "has", "have", "was", "were", "is", "are", "not");

    private static readonly FrozenSet<string> ObjectPronouns = WordSet.Exact("them", "him", "her", "it", "us", "me", "you");

    // "... and urged the FDA to review the drug": a verb of saying after a reported clause whose subject is not a
    // pronoun (the speaker may be that pronoun). An appeal to someone new ("said it had received 40 complaints and urged
    // homeowners to ...", "... and called on the CMA to ...") is a second statement after any clause; "said he had spoken
    // to both ministers and urged them to ..." appeals to those the clause named, and goes on with it. "Urged" needs its
    // "to" or "that": "and urged patience" adds no claim. "... and called for “calm and patience”" names what was asked for.
    private bool StartsSecondReport(int clauseStart, int verb, int end)
    {
        bool pronounSubject = CueLexicon.IsSubjectPronoun(layout.Word(clauseStart));
        if (Appeals.ObjectStart(layout, verb, end) is var appealed and >= 0)
            return !pronounSubject || !ObjectPronouns.Contains(layout.Word(appealed));
        if (layout.Word(verb) is "called" or "calls" && verb + 2 < end && layout.IsWord(verb + 1, "for") && CueLexicon.IsOpeningQuote(layout, verb + 2)) return true;
        return CueLexicon.StartsSecondReport(layout.Word(verb)) && !pronounSubject && !layout.Word(verb).StartsWith("urge", StringComparison.Ordinal);
    }

    private static readonly FrozenSet<string> PrepositionalObjects = WordSet.IgnoringCase("against", "of", "about", "on", "for");

    // "... and warned against what it called ...": a verb with a prepositional object goes on with the same report;
    // "and said on Tuesday that ..." is a new one.
    private bool WarnsAgainst(int verb, int end) =>
        verb + 1 < end && layout.Word(verb) is not ("said" or "says" or "told" or "tells" or "added" or "adds" or "accused" or "accuses")
        && layout.Tokens[verb + 1].IsWord && PrepositionalObjects.Contains(layout.Word(verb + 1));

    // Verbs whose plain object is an act, not words ("announced new sanctions", "declared victory"); "stressed the
    // importance of diplomacy" or "acknowledged only “very limited” contact" do report a view, so they are not here.
    // ("recalled 14 products" is a product recall; "recalled that ..." or "recalled the talks had ..." is a memory told.)
    // ("repeated its opposition" restates a position; "repeated that ..." reports the words.)
    private static readonly FrozenSet<string> ObjectVerbs = WordSet.IgnoringCase(
        "announced", "announces", "declared", "declares", "recalled", "recalls", "repeated", "repeats", "reiterated", "reiterates");

    private static readonly FrozenSet<string> FiniteMarkers = WordSet.IgnoringCase(
        "is", "was", "are", "were", "be", "been", "had", "has", "have", "would", "will", "could", "should", "can", "may", "might",
        "must", "did", "does", "do", "isn't", "wasn't", "won't", "wouldn't", "couldn't", "didn't", "hadn't", "hasn't", "haven't");

    // A clause has a verb: an auxiliary or modal, or a past form ending in -ed after its first word ("the talks resumed").
    private bool HasFiniteVerb(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (layout.Quoted[t]) return true;   // quoted words are words reported, verb or not
            if (!layout.Tokens[t].IsWord) { if (layout.IsPunct(t, ',')) return false; continue; }
            var word = layout.Word(t);
            if (FiniteMarkers.Contains(word) || word.Contains("\u2019") && word.EndsWith("t", StringComparison.Ordinal)) return true;
            if (t > start && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])) return true;
        }
        return false;
    }

    private const int MaxNewSubjectWords = 5;

    // A capitalised subject and its reporting verb within a few words: "Okafor told", "the union's leader said".
    private bool NewReportFollows(int from, int end)
    {
        if (from >= end || !layout.Tokens[from].IsWord || layout.Quoted[from]) return false;
        for (int j = from + 1; j < end && j <= from + MaxNewSubjectWords; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return false;
            if (CueLexicon.StartsCoordinatedStatement(layout.Word(j))) return true;
        }
        return false;
    }

    private bool IsParticiple(int t) =>
        t < layout.Tokens.Count && layout.Tokens[t].IsWord && layout.Word(t) is { Length: > 4 } w && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal);

    private bool LeadingWordsOnly(int from, int to)
    {
        for (int t = from; t < to; t++)
            if (!(layout.IsWord(t, "but") || layout.IsWord(t, "and") || layout.IsWord(t, "yet") || layout.IsWord(t, "so"))) return false;
        return true;
    }

    private bool IsClosingQuote(int t) =>
        !layout.Tokens[t].IsWord && layout.QuoteAt(layout.Tokens[t].Start) is { Closed: true } q && q.Outer.End == layout.Tokens[t].End;
}
