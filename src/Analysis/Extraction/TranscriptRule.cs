using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// A transcript printed in a story ("NATALEGAWA: Both parties have committed ..."): a paragraph that opens
/// with a speaker's name in capitals and a colon is that speaker's answer, one direct statement. The
/// interviewer's lines ("QUESTION:", "Q:", "MODERATOR:") are no one's statements, whatever claims they
/// report. Only an article with at least two labelled paragraphs holds a transcript, and an answer's label must
/// name someone introduced before, so a "PARLIAMENT:" heading or a "NEW DELHI:" dateline is left alone. Found before mentions: the answers' and questions' words are marked
/// quoted, so that names inside them are not taken for subjects; the label itself stays a mention.
/// </summary>
public static class TranscriptRule
{
    private const int MaxLabelWords = 4;
    private const int MinLabelledParagraphs = 2;

    private static readonly FrozenSet<string> InterviewerLabels = WordSet.Exact(
        "Q", "QUESTION", "QUESTIONER", "REPORTERS", "INTERVIEWER", "MODERATOR", "AUDIENCE", "AUDIENCE MEMBER");

    // The broadcaster's own voices: what they say is the programme's narration, read like a story's own sentences
    // ("REPORTER: Her son said the family had been told ..." reports the son), except a question, which reports no one.
    private static readonly FrozenSet<string> NarratorLabels = WordSet.Exact(
        "PRESENTER", "ANCHOR", "NEWSREADER", "NEWSCASTER", "CORRESPONDENT", "REPORTER", "HOST", "NARRATOR", "VOICEOVER");

    /// <summary>
    /// An answer: its label's tokens [FirstToken, LabelEnd), the colon, and the words after it. <see cref="NamedAs"/> is the
    /// label as the story first wrote it ("Nora Quilty" for "NORA QUILTY:"), or null for an unnamed voice ("STUDENT (unnamed):").
    /// <see cref="NamedInParts"/>: the story wrote the name only in parts ("her son, Dermot" and "Nora Quilty" before
    /// "DERMOT QUILTY:"), so <see cref="NamedAs"/> is the label in ordinary case.
    /// </summary>
    public readonly record struct Answer(int FirstToken, int LabelEnd, int Colon, TextSpan Words, string? NamedAs, bool NamedInParts = false);

    private readonly record struct Labelled(int First, int LabelEnd, int Colon, string Label, string? Note, TextSpan Words);

    /// <summary>Marks every labelled paragraph's words as quoted (the interviewer's label too) and returns the answers.</summary>
    public static List<Answer> MarkAnswers(TextLayout layout, int commentStart)
    {
        var labelled = new List<(Labelled Found, string? NamedAs, bool InParts)>();
        var questions = new List<TextSpan>();
        int narration = 0;
        foreach (var paragraph in layout.Paragraphs)
        {
            if (paragraph.Start >= commentStart) break;
            if (Label(layout, paragraph) is not { } found) continue;
            // "Sarah Whitlock reports." before "SARAH WHITLOCK: ...", "PRESENTER:": the broadcaster's lines are narration, read like
            // the story's own; only a question is set aside, as an interviewer's is.
            if (NarratorLabels.Contains(found.Label) || Reporter(layout.Text, found.Label, paragraph.Start))
            {
                narration++;
                if (IsQuestion(layout.Text, found.Words)) questions.Add(new TextSpan(QuestionStart(layout, found), found.Words.End));
                continue;
            }
            if (InterviewerLabels.Contains(found.Label)) labelled.Add((found, null, false));
            else if (NamedBefore(layout.Text, found.Label, paragraph.Start) is { } named) labelled.Add((found, named, false));
            else if (IsUnnamedVoice(found.Note)) labelled.Add((found, null, false));
            else if (NamedInParts(layout.Text, found.Label, paragraph.Start) is { } parts) labelled.Add((found, parts, true));
        }
        var answers = new List<Answer>();
        if (labelled.Count + narration < MinLabelledParagraphs) return answers;
        foreach (var question in questions) layout.MarkQuoted(question);
        foreach (var (found, named, inParts) in labelled)
        {
            if (InterviewerLabels.Contains(found.Label))
            {
                layout.MarkQuoted(new TextSpan(layout.Tokens[found.First].Start, found.Words.End));
                continue;
            }
            layout.MarkQuoted(found.Words);
            // "Good morning, Peter.", "Thank you.": the courtesies of a live interview state nothing.
            if (IsCourtesy(layout.Text.AsSpan(found.Words.Start, found.Words.Length))) continue;
            answers.Add(new Answer(found.First, found.LabelEnd, found.Colon, found.Words, named, inParts));
        }
        return answers;
    }

    private const int MaxNoteTokens = 6;

    // "HOR NAMHONG: ...", "LIANG WENHUA (voice of interpreter): ...": one to four words in capitals (no lower-case letter, at
    // least two letters but "Q"), maybe a short note in brackets, a colon, then words.
    private static Labelled? Label(TextLayout layout, TextSpan paragraph)
    {
        int first = layout.FirstTokenAtOrAfter(paragraph.Start);
        for (int t = first; t < layout.Tokens.Count && t - first <= MaxLabelWords && layout.Tokens[t].End <= paragraph.End; t++)
        {
            int colon = t;
            string? note = null;
            if (t > first && layout.IsPunct(t, '(') && Note(layout, t, paragraph) is { } close)
            {
                note = layout.Text[layout.Tokens[t].End..layout.Tokens[close].Start];
                colon = close + 1;
            }
            if (colon < layout.Tokens.Count && layout.IsPunct(colon, ':'))
            {
                if (t == first || colon + 1 >= layout.Tokens.Count || layout.Tokens[colon + 1].Start >= paragraph.End) return null;
                var label = layout.Text[layout.Tokens[first].Start..layout.Tokens[t - 1].End];
                return new Labelled(first, t, colon, label, note, new TextSpan(layout.Tokens[colon + 1].Start, paragraph.End));
            }
            if (!layout.Tokens[t].IsWord || layout.Quoted[t] || !IsCapitals(layout.Word(t))) return null;
        }
        return null;
    }

    // The closing bracket of a short note that opens at token open, inside the paragraph.
    private static int? Note(TextLayout layout, int open, TextSpan paragraph)
    {
        for (int t = open + 1; t < layout.Tokens.Count && t - open <= MaxNoteTokens && layout.Tokens[t].End <= paragraph.End; t++)
            if (layout.IsPunct(t, ')')) return t;
        return null;
    }

    private static readonly string[] UnnamedNotes = ["unnamed", "anonymous", "not named", "name withheld"];

    // "STUDENT (unnamed):", "RESIDENT (anonymous):": a voice the programme chose not to name, labelled by what they are.
    private static bool IsUnnamedVoice(string? note) =>
        note is not null && UnnamedNotes.Any(n => note.Contains(n, StringComparison.OrdinalIgnoreCase));

    // "PRESENTER: Good morning. We begin with Sudan, where ... Yusuf, where do things stand?": only the questions that end the
    // paragraph are set aside; the narration before them still reports, and names the people "she" and "the army" mean later.
    private static int QuestionStart(TextLayout layout, Labelled found)
    {
        for (int s = layout.SentenceOf[layout.FirstTokenAtOrAfter(found.Words.End) - 1]; s >= 0 && layout.Sentences[s].Span.Start > found.Words.Start; s--)
            if (!IsQuestion(layout.Text, layout.Sentences[s].Span)) return Math.Min(layout.Sentences[s + 1].Span.Start, found.Words.End);
        return layout.Tokens[found.First].Start;
    }

    private static bool IsQuestion(string text, TextSpan words) => text.AsSpan(words.Start, words.Length).TrimEnd().EndsWith("?");

    // The speaker was introduced in ordinary case before the transcript ("Marty Natalegawa" before "NATALEGAWA:"); a
    // dateline in capitals ("NEW DELHI: ...") names no one met before.
    // Returns the name as first written, or null.
    private static string? NamedBefore(string text, string label, int before)
    {
        for (int at = text.IndexOf(label, 0, before, StringComparison.OrdinalIgnoreCase); at >= 0 && at + label.Length <= before;
             at = at + 1 < before ? text.IndexOf(label, at + 1, before - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            if (text.AsSpan(at, label.Length).ContainsAnyInRange('a', 'z')) return text.Substring(at, label.Length);
        return null;
    }

    // "DERMOT QUILTY" after "Her son, Dermot" and "Nora Quilty": a label of two or more words, each met before as a
    // capitalised word; the label in ordinary case, or null. (The caller checks that the parts were people's names.)
    private static string? NamedInParts(string text, string label, int before)
    {
        var words = label.Split(' ');
        if (words.Length < 2) return null;
        var parts = new string[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            var word = words[i][..1] + words[i][1..].ToLowerInvariant();
            int at = text.IndexOf(word, 0, before, StringComparison.Ordinal);
            if (at < 0) return null;
            parts[i] = word;
        }
        return string.Join(' ', parts);
    }

    // "Sarah Whitlock reports.", "Sarah Whitlock reporting.", "reporter Sarah Whitlock", "host Nora Blake": the label's name was
    // introduced as the one telling the story (a radio package) or asking the questions (an interview), so the lines under
    // it are narration, not a source's words.
    private static bool Reporter(string text, string label, int before)
    {
        for (int at = text.IndexOf(label, 0, before, StringComparison.OrdinalIgnoreCase); at >= 0 && at + label.Length <= before;
             at = at + 1 < before ? text.IndexOf(label, at + 1, before - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            // "BRIAN KESSLER, host:", "DAVID FOLKENFLIK, BYLINE:": the transcript's own heading of a broadcaster's first turn.
            if (RoleLabelled(text.AsSpan(at + label.Length))) return true;
            if (!text.AsSpan(at, label.Length).ContainsAnyInRange('a', 'z')) continue;
            // ("Our Beijing correspondent, Martin Hale, reports.": the commas of an apposition count for nothing.)
            var after = text.AsSpan(at + label.Length).TrimStart(", ");
            var lead = text.AsSpan(0, at).TrimEnd(", ");
            // ("Dr Hale reports a rise in cases" is a source's finding: the sign-off ends its sentence or names the place.)
            if (SignsOff(after, "reports") || SignsOff(after, "reporting") || IntroducedAsBroadcaster(lead)) return true;
        }
        return false;
    }

    // "reporter Sarah Whitlock", "our correspondent, Martin Hale", "The Tideline host Nora Blake": the title before the name
    // is one of the programme's own voices, whose lines carry the conversation rather than a source's words.
    private static readonly string[] BroadcasterTitles = ["reporter", "correspondent", "host", "presenter", "anchor", "interviewer", "moderator"];

    // ", host:", ", reporter:", ", BYLINE:" right after the name: a public-radio transcript gives a broadcaster's role in
    // the label of their first turn ("byline" is the reporter whose story it is).
    private static bool RoleLabelled(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith(", ")) return false;
        after = after[2..];
        foreach (var title in BroadcasterTitles)
            if (after.StartsWith(title, StringComparison.OrdinalIgnoreCase) && after[title.Length..].StartsWith(":")) return true;
        return after.StartsWith("byline:", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IntroducedAsBroadcaster(ReadOnlySpan<char> lead)
    {
        foreach (var title in BroadcasterTitles)
            if (lead.EndsWith(title, StringComparison.OrdinalIgnoreCase) && (lead.Length == title.Length || !char.IsLetter(lead[^(title.Length + 1)]))) return true;
        return false;
    }

    private static bool SignsOff(ReadOnlySpan<char> after, string verb) =>
        after.StartsWith(verb, StringComparison.Ordinal) && after[verb.Length..] is var rest && (rest.StartsWith(".") || rest.StartsWith(" from ") || rest.StartsWith(" for "));

    private static readonly string[] Courtesies = ["good morning", "good afternoon", "good evening", "good night", "thank you", "thanks", "hello", "hi", "my pleasure", "pleasure"];

    // A greeting or thanks, maybe with a name and "very much": "Good morning, Peter.", "Thank you very much."
    private static bool IsCourtesy(ReadOnlySpan<char> words)
    {
        var trimmed = words.Trim().TrimEnd(".!".AsSpan());
        foreach (var courtesy in Courtesies)
        {
            if (!trimmed.StartsWith(courtesy, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = trimmed[courtesy.Length..].Trim();
            if (rest.StartsWith(",")) rest = rest[1..].Trim();
            if (rest.IsEmpty || rest.Equals("very much", StringComparison.OrdinalIgnoreCase) || rest.Equals("for having me", StringComparison.OrdinalIgnoreCase)
                || rest.IndexOfAny(' ', ',') < 0 && char.IsUpper(rest[0])) return true;
        }
        return false;
    }

    /// <summary>Whether a statement's cue is a transcript label ("HOR NAMHONG:").</summary>
    public static bool IsLabelCue(string cue) =>
        cue.Length > 1 && cue[^1] == ':' && WithoutNote(cue[..^1]).Split(' ') is var words && words.Length <= MaxLabelWords && words.All(IsCapitals);

    // "LIANG WENHUA (voice of interpreter)" is labelled "LIANG WENHUA".
    private static string WithoutNote(string label) =>
        label.EndsWith(')') && label.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? label[..open] : label;

    private static bool IsCapitals(string word)
    {
        // Asked of every paragraph's first word, which is mostly an ordinary one: its first lower-case letter settles it.
        if (!char.IsLetter(word[0])) return false;
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return word == "Q" || letters >= 2;
    }
}
