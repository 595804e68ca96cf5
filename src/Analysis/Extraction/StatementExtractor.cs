using Analysis.Corpus;
using Analysis.Speakers;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Finds every attributed statement in an article (dates and scores are added later in the pipeline).
/// The pipeline: lay the text out (paragraphs, quotes, sentences, tokens) → find the comment section and
/// block quotes → find and resolve speaker mentions → for each reporting cue, find its speaker and its
/// words → add continued quotes → drop nested, boilerplate and comment candidates. Every stage is linear
/// in the article's length. Stateless, so one instance serves every thread.
/// </summary>
public sealed partial class StatementExtractor
{
    public IReadOnlyList<Statement> Extract(Article article)
    {
        var layout = new TextLayout(article.Text);
        int commentStart = CommentSectionDetector.Start(layout);
        var continuedBlocks = new HashSet<int>();
        var blocks = BlockQuoteRule.MarkBlocks(layout, commentStart, continuedBlocks);
        var answers = TranscriptRule.MarkAnswers(layout, commentStart);
        var mentions = MentionFinder.Find(layout);
        Coreference.Resolve(mentions);
        var subjects = new SubjectFinder(layout, mentions);
        var clauses = new ReportedClause(layout);

        var found = new List<FoundStatement>();
        for (int s = 0; s < layout.Sentences.Count; s++)
        {
            var sentence = layout.Sentences[s];
            if (sentence.Span.Start >= commentStart) break;
            if (IsHeadline(layout, sentence.Paragraph, article.Title)) continue;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (CueLexicon.Match(layout, t, sentence) is not { } cue) continue;
                // "X told reporters that ..., according to the IRNA news agency": the agency relays X's words.
                if (cue.Form == CueForm.According && found.Count > 0 && found[^1].Sentence == s) continue;
                var (speakers, inverted) = subjects.Find(cue, sentence, found.Count > 0 && found[^1].Sentence == s ? found[^1].Span : null);
                if (speakers.Count == 0) continue;
                bool subordinate = subjects.IsSubordinate(speakers[^1], sentence);
                var words = clauses.Locate(cue, speakers[0], inverted, subordinate, sentence, blocks.TryGetValue(sentence.Paragraph, out var b) ? b : null);
                if (words is not { } w || w.Span.IsEmpty) continue;
                var cueText = layout.Text[cue.Span.Start..cue.Span.End];
                var leading = clauses.LeadingHalf(cue, speakers[0], inverted, sentence, w);
                var coordinated = CoordinatedWithPrevious(layout, found, s, cue);
                for (int m = speakers.Count - 1; m >= 0; m--) // last speaker first, without copying the list
                {
                    if ((coordinated ?? speakers[m].Speaker) is not { } speaker) continue;
                    if (coordinated is not null && m > 0) continue;
                    if (leading is { } first) found.Add(new FoundStatement(speaker, InheritedKind(found, speaker, cue, first.Kind, s), first.Span, cue.Span, cueText, s));
                    found.Add(new FoundStatement(speaker, InheritedKind(found, speaker, cue, w.Kind, s), w.Span, cue.Span, cueText, s));
                    AddContinuedBlock(layout, found, continuedBlocks, w.Span);
                }
                t = cue.EndToken - 1;
            }
        }
        if (answers.Count > 0) found = WithAnswers(layout, found, answers, mentions);
        found = ContinuationRule.Apply(layout, found, commentStart);
        found = DropNested(found);
        NameDescribedSpeakers(found, layout);

        return found
            .Where(f => !article.IsBoilerplate(f.Span) && f.Span.Start < commentStart)
            .Select(f => new Statement
            {
                Article = article.Id,
                Outlet = article.Outlet,
                Speaker = f.Speaker.Name,
                SpeakerRole = f.Speaker.Role,
                Affiliation = f.Speaker.Affiliation ?? AffiliationResolver.Resolve(f.Speaker.Role),
                Kind = f.Kind,
                Quote = article.Text[f.Span.Start..f.Span.End],
                Cue = f.Cue,
                Span = f.Span,
                CueSpan = f.CueSpan,
            })
            .ToList();
    }

    private const int MaxHeadlineWords = 25;

    // Headlines, captions and datelines state no one's words even when they contain a cue ("Tillerson
    // says US now in direct contact"): the title itself, or a short paragraph with no closing punctuation.
    private static bool IsHeadline(TextLayout layout, int paragraph, string? title)
    {
        var span = layout.Paragraphs[paragraph];
        var text = layout.Text.AsSpan(span.Start, span.Length);
        if (title is not null && text.Equals(title.AsSpan().Trim(), StringComparison.Ordinal)) return true;
        if (text[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2019' or ')' or '\u2026') return false;
        return text.Count(' ') < MaxHeadlineWords;
    }

    // The paragraphs an unmarked block quote goes on through, each a statement of the block's speaker.
    private static void AddContinuedBlock(TextLayout layout, List<FoundStatement> found, HashSet<int> continued, TextSpan block)
    {
        var first = found[^1];
        int sentence = layout.SentenceOf[layout.FirstTokenAtOrAfter(block.Start)];
        for (int p = layout.Sentences[sentence].Paragraph + 1; continued.Contains(p); p++)
        {
            var span = layout.Paragraphs[p];
            found.Add(first with { Span = span, CueSpan = new TextSpan(span.Start, span.Start), Cue = ContinuationRule.Cue, Sentence = layout.SentenceOf[layout.FirstTokenAtOrAfter(span.Start)] });
        }
    }

    // A transcript answer is its label's speaker's words ("KASIT:" is Kasit Piromya, named earlier), in text order. The
    // label must name a person the story introduced before ("NEW DELHI:" in capitals is a dateline, not a speaker), or be
    // an unnamed voice, who is what the label says ("STUDENT (unnamed):" is a student).
    private static List<FoundStatement> WithAnswers(TextLayout layout, List<FoundStatement> found, List<TranscriptRule.Answer> answers, List<Mention> mentions)
    {
        foreach (var answer in answers)
        {
            var label = layout.Text[layout.Tokens[answer.FirstToken].Start..layout.Tokens[answer.LabelEnd - 1].End];
            if (LabelSpeaker(answer, label, mentions) is not { } speaker) continue;
            var cue = new TextSpan(layout.Tokens[answer.FirstToken].Start, layout.Tokens[answer.Colon].End);
            found.Add(new FoundStatement(speaker, StatementKind.Direct, answer.Words, cue, layout.Text[cue.Start..cue.End], layout.SentenceOf[answer.Colon]));
        }
        return found.OrderBy(f => f.Sentence).ToList();
    }

    private static Speaker? LabelSpeaker(TranscriptRule.Answer answer, string label, List<Mention> mentions)
    {
        if (answer.NamedAs is not { } named) return new Speaker(label.ToLowerInvariant(), SpeakerKind.Described) { Role = label.ToLowerInvariant() };
        // A name the story gave only in parts is a person when every part was met in a person's name ("Dermot", "Nora Quilty").
        if (answer.NamedInParts)
            return named.Split(' ').All(part => mentions.Exists(m => m.Speaker is { Kind: SpeakerKind.Person } && m.Text.Split(' ').Contains(part)))
                ? new Speaker(named, SpeakerKind.Person) : null;
        // The label read as a name, resolved to someone the story met before; or, where the name finder did not read the
        // capitals, the person the story first wrote that way ("Nora Quilty").
        var speaker = mentions.Find(m => m.FirstToken == answer.FirstToken) is { Speaker: { Kind: SpeakerKind.Person } labelled } mention
            && mention.EndToken == answer.LabelEnd && labelled.Name != label
                ? labelled
                : mentions.Find(m => m.Speaker is { Kind: SpeakerKind.Person } && m.Text.Equals(named, StringComparison.OrdinalIgnoreCase))?.Speaker;
        // A name known only in capitals ("FIONA GALLAGHER") takes the story's own spelling.
        if (speaker is not null && !speaker.Name.AsSpan().ContainsAnyInRange('a', 'z') && named.EndsWith(speaker.Name, StringComparison.OrdinalIgnoreCase))
            speaker.Name = named[^speaker.Name.Length..];
        return speaker;
    }

    // "the Secretary-General, António Guterres, said the release was “a welcome step” and called on the parties to ...": a
    // verb coordinated right after the words of the sentence's last statement shares its subject, so its speaker.
    private static Speaker? CoordinatedWithPrevious(TextLayout layout, List<FoundStatement> found, int sentence, Cue cue)
    {
        if (found.Count == 0 || found[^1].Sentence != sentence || found[^1].Span.End > layout.Tokens[cue.FirstToken].Start) return null;
        int t = cue.FirstToken - 1;
        if (t < 0 || !(layout.IsWord(t, "and") || layout.IsWord(t, "but"))) return null;
        return layout.FirstTokenAtOrAfter(found[^1].Span.End) is var after && (after == t || after == t - 1 && !layout.Tokens[after].IsWord && !layout.Quoted[after]) ? found[^1].Speaker : null;
    }

    // "He continued, “...”" after a tweet is still the tweet.
    private static StatementKind InheritedKind(List<FoundStatement> found, Speaker speaker, Cue cue, StatementKind kind, int sentence)
    {
        if (kind != StatementKind.Direct || found.Count == 0) return kind;
        var last = found[^1];
        return last.Speaker == speaker && last.Kind == StatementKind.Tweet && sentence - last.Sentence <= 1 && cue.Form == CueForm.Verb ? StatementKind.Tweet : kind;
    }

    // "..., which he said has emerged as a global threat" inside Stoltenberg's reported clause is part of
    // his statement, not a second one; and one span is one statement per speaker.
    private static List<FoundStatement> DropNested(List<FoundStatement> found)
    {
        var kept = new List<FoundStatement>(found.Count);
        var ordered = found.OrderBy(f => f.Span.Start).ThenByDescending(f => f.Span.Length).ToList();
        int coverEnd = -1;
        FoundStatement? cover = null;
        var seen = new HashSet<(TextSpan, Speaker)>();
        foreach (var f in ordered)
        {
            bool nested = cover is not null && f.CueSpan.Start >= cover.Span.Start && f.CueSpan.End <= coverEnd && f.Span.End <= coverEnd;
            if (nested || !seen.Add((f.Span, f.Speaker))) continue;
            kept.Add(f);
            if (f.Span.End > coverEnd) { coverEnd = f.Span.End; cover = f; }
        }
        kept.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return kept;
    }

    // "said a university student who gave her name only as Cherry", "a nurse, identified only as Mona,": the
    // name a source chose to give.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:gave (?:her|his|their) (?:first )?name (?:only )?as|identified (?:herself |himself )?(?:only )?as|identified only by (?:her|his) first name,?|asked to be (?:identified|named) only as) ([A-Z][\p{L}-]+)")]
    private static partial System.Text.RegularExpressions.Regex GivenName();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:not (?:want |wish |wanting |wishing )?to be (?:named|identified)|declined to be (?:named|identified)|refused to be (?:named|identified)|on (?:the )?condition of anonymity|requested anonymity|asked for anonymity)")]
    private static partial System.Text.RegularExpressions.Regex Anonymity();

    // "A high-ranking North Korean defector said ..." followed by "..., Thae Yong Ho ... told ...": the
    // description names the person quoted in the next sentences.
    private static void NameDescribedSpeakers(List<FoundStatement> found, TextLayout layout)
    {
        var seen = new HashSet<Speaker>();
        for (int i = 0; i < found.Count; i++)
        {
            if (found[i].Speaker.Kind != SpeakerKind.Described) continue;
            var described = found[i].Speaker;
            if (!seen.Add(described)) continue;   // counted from the description's first statement
            var sentence = layout.Sentences[found[i].Sentence].Span;
            if (GivenName().Match(layout.Text, sentence.Start, sentence.Length) is { Success: true } given)
            {
                described.Role ??= described.Name;
                described.Name = given.Groups[1].Value;
                described.Kind = SpeakerKind.Person;
                continue;
            }
            // "said one resident, who did not want to be named": a source kept anonymous is nobody named later; so is one whose
            // description hides its own employer ("an executive at one Chinese manufacturer").
            if (IsAnonymous(layout.Text.AsSpan(sentence.Start, sentence.Length)) || HidesWho(layout.Text.AsSpan(sentence.Start, Math.Max(0, found[i].CueSpan.Start - sentence.Start)))) continue;
            // "the governor's budget secretary warned ..." then "Budget Secretary Eleanor Voss said": the one person quoted later
            // under the same title of two words or more is the one described.
            if (HoldingTitle(found, described) is { } titled)
            {
                for (int j = 0; j < found.Count; j++)
                    if (found[j].Speaker == described) found[j] = found[j] with { Speaker = titled };
                continue;
            }
            // The next speaker quoted: "a flight attendant said ...", "Analysts said ...", then "said Howard Lenz" names no attendant.
            var next = NextSpeakerAfter(found, i);
            var named = next is not null && next.Sentence - found[i].Sentence <= 2 && next.Speaker.Kind == SpeakerKind.Person ? next : null;
            // ... a person who spoke before the description is someone else, already named; so is one the story introduced
            // with a title of another kind ("Cambodia's prime minister posted ..." then "A Thai government spokeswoman,
            // Pimchanok Srisuk, said").
            if (named is null || SpokeBefore(found, i, named.Speaker) || HasOtherTitle(named.Speaker, described)) continue;
            named.Speaker.Role ??= described.Role;
            for (int j = 0; j < found.Count; j++)
                if (found[j].Speaker == described) found[j] = found[j] with { Speaker = named.Speaker };
        }
    }

    // The only person quoted whose title, of two words or more, ends the description ("Budget Secretary" of "governor's budget
    // secretary"); null when none or several.
    private static Speaker? HoldingTitle(List<FoundStatement> found, Speaker described)
    {
        Speaker? match = null;
        foreach (var f in found)
        {
            if (f.Speaker is not { Kind: SpeakerKind.Person, Role: { } title } person || person == match || !title.Contains(' ')
                || !described.Name.EndsWith(title, StringComparison.OrdinalIgnoreCase) || described.Name.Length > title.Length && described.Name[^(title.Length + 1)] != ' ') continue;
            if (match is not null) return null;
            match = person;
        }
        return match;
    }

    // "one" before the cue ("one resident said", "an executive at one Chinese manufacturer said") is how news keeps a source unnamed.
    private static bool HidesWho(ReadOnlySpan<char> beforeCue) =>
        beforeCue.StartsWith("One ", StringComparison.Ordinal) || beforeCue.Contains(" one ", StringComparison.OrdinalIgnoreCase);

    // Every phrasing Anonymity matches holds "to be " or "anonymity": most sentences are turned away without the regex.
    private static bool IsAnonymous(ReadOnlySpan<char> sentence) =>
        (sentence.Contains("to be ", StringComparison.Ordinal) || sentence.Contains("anonymity", StringComparison.Ordinal)) && Anonymity().IsMatch(sentence);

    // The first statement after found[i]'s sentence by a speaker other than found[i]'s.
    private static FoundStatement? NextSpeakerAfter(List<FoundStatement> found, int i)
    {
        for (int k = i + 1; k < found.Count; k++)
            if (found[k].Sentence > found[i].Sentence && found[k].Speaker != found[i].Speaker) return found[k];
        return null;
    }

    // The last word of a title is its head ("spokeswoman" in "Thai government spokeswoman"): a person introduced with a head
    // of their own is not the one a description of another head stood for.
    private static bool HasOtherTitle(Speaker named, Speaker described) =>
        named.IntroducedWithTitle && named.Role is { } own && described.Role is { } label && !own.AsSpan(own.LastIndexOf(' ') + 1).Equals(label.AsSpan(label.LastIndexOf(' ') + 1), StringComparison.OrdinalIgnoreCase);

    private static bool SpokeBefore(List<FoundStatement> found, int i, Speaker speaker)
    {
        for (int k = 0; k < i; k++)
            if (found[k].Speaker == speaker) return true;
        return false;
    }
}
