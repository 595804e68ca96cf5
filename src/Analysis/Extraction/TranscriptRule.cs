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
        "Q", "QUESTION", "QUESTIONER", "REPORTER", "REPORTERS", "INTERVIEWER", "MODERATOR", "HOST", "AUDIENCE", "AUDIENCE MEMBER");

    /// <summary>An answer: its label's tokens [FirstToken, Colon) and the words after the colon.</summary>
    public readonly record struct Answer(int FirstToken, int Colon, TextSpan Words);

    /// <summary>Marks every labelled paragraph's words as quoted (the interviewer's label too) and returns the answers.</summary>
    public static List<Answer> MarkAnswers(TextLayout layout, int commentStart)
    {
        var labelled = new List<(int First, int Colon, string Label, TextSpan Words)>();
        int narration = 0;
        foreach (var paragraph in layout.Paragraphs)
        {
            if (paragraph.Start >= commentStart) break;
            if (Label(layout, paragraph) is not { } found) continue;
            // "Sarah Whitlock reports." before "SARAH WHITLOCK: ...": the reporter's lines are narration, read like the story's own.
            if (Reporter(layout.Text, found.Label, paragraph.Start)) { narration++; continue; }
            if (InterviewerLabels.Contains(found.Label) || NamedBefore(layout.Text, found.Label, paragraph.Start)) labelled.Add(found);
        }
        var answers = new List<Answer>();
        if (labelled.Count + narration < MinLabelledParagraphs) return answers;
        foreach (var (first, colon, label, words) in labelled)
        {
            if (InterviewerLabels.Contains(label))
            {
                layout.MarkQuoted(new TextSpan(layout.Tokens[first].Start, words.End));
                continue;
            }
            layout.MarkQuoted(words);
            // "Good morning, Peter.", "Thank you.": the courtesies of a live interview state nothing.
            if (IsCourtesy(layout.Text.AsSpan(words.Start, words.Length))) continue;
            answers.Add(new Answer(first, colon, words));
        }
        return answers;
    }

    // "HOR NAMHONG: ...": one to four words in capitals (no lower-case letter, at least two letters but "Q"), a colon, then words.
    private static (int First, int Colon, string Label, TextSpan Words)? Label(TextLayout layout, TextSpan paragraph)
    {
        int first = layout.FirstTokenAtOrAfter(paragraph.Start);
        for (int t = first; t < layout.Tokens.Count && t - first <= MaxLabelWords && layout.Tokens[t].End <= paragraph.End; t++)
        {
            if (layout.IsPunct(t, ':'))
            {
                if (t == first || t + 1 >= layout.Tokens.Count || layout.Tokens[t + 1].Start >= paragraph.End) return null;
                var label = layout.Text[layout.Tokens[first].Start..layout.Tokens[t - 1].End];
                return (first, t, label, new TextSpan(layout.Tokens[t + 1].Start, paragraph.End));
            }
            if (!layout.Tokens[t].IsWord || layout.Quoted[t] || !IsCapitals(layout.Word(t))) return null;
        }
        return null;
    }

    // The speaker was introduced in ordinary case before the transcript ("Marty Natalegawa" before "NATALEGAWA:"); a
    // dateline in capitals ("NEW DELHI: ...") names no one met before.
    private static bool NamedBefore(string text, string label, int before)
    {
        for (int at = text.IndexOf(label, 0, before, StringComparison.OrdinalIgnoreCase); at >= 0 && at + label.Length <= before;
             at = at + 1 < before ? text.IndexOf(label, at + 1, before - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            if (text.AsSpan(at, label.Length).ContainsAnyInRange('a', 'z')) return true;
        return false;
    }

    // "Sarah Whitlock reports.", "Sarah Whitlock reporting.", "reporter Sarah Whitlock": the label's name was introduced as
    // the one telling the story (a radio package), so the lines under it are narration, not a source's words.
    private static bool Reporter(string text, string label, int before)
    {
        for (int at = text.IndexOf(label, 0, before, StringComparison.OrdinalIgnoreCase); at >= 0 && at + label.Length <= before;
             at = at + 1 < before ? text.IndexOf(label, at + 1, before - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (!text.AsSpan(at, label.Length).ContainsAnyInRange('a', 'z')) continue;
            var after = text.AsSpan(at + label.Length).TrimStart(' ');
            var lead = text.AsSpan(0, at).TrimEnd(' ');
            // ("Dr Hale reports a rise in cases" is a source's finding: the sign-off ends its sentence or names the place.)
            if (SignsOff(after, "reports") || SignsOff(after, "reporting")
                || lead.EndsWith("reporter", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("correspondent", StringComparison.OrdinalIgnoreCase)) return true;
        }
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
        cue.Length > 1 && cue[^1] == ':' && cue[..^1].Split(' ') is var words && words.Length <= MaxLabelWords && words.All(IsCapitals);

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
