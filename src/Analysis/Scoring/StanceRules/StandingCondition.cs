using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// "They'll stay until the council agrees to shelve the plan", "the duties would take effect unless the EU changed its
/// rules", "he would not go back until the Navy could guarantee his crew's safety": what the speaker's side will do,
/// held until the other side gives way, is a demand (CAMEO 10) put as a standing condition, whatever its words. A
/// clause that turns on "will", "would", "'ll" or "shall" and then, within <see cref="Reach"/> words and before the clause
/// ends, on "until" or "unless" followed by an event (not a time: "until Friday", "until after the meeting") is a weak
/// hawkish cue.
/// </summary>
internal static class StandingCondition
{
    private const int Reach = 12;

    public static StancePhrase Phrase { get; } = new("will … until/unless", ["will", StancePhrase.Gap, "until"], -0.4, StanceKind.Threat,
        "a standing condition: what will go on until the other side gives way", CarriesTone: false);

    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["will", "would", "shall", "won't", "wouldn't"]);
    private static readonly FrozenSet<string> Conditions = FrozenSet.ToFrozenSet(["until", "unless", "till"]);

    /// <summary>Words after "until" that make it a time, not an event the other side must bring about.</summary>
    private static readonly FrozenSet<string> Times = FrozenSet.ToFrozenSet([
        "after", "before", "now", "then", "next", "further", "tomorrow", "tonight", "today", "later",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "midnight", "noon",
        "at", "in", "mid", "early", "late", "end", "weekend", "week", "month", "year", "spring", "summer", "autumn", "fall",
        "winter", "season", "election",
    ]);

    /// <summary>Determiners after which the next word decides: "until the end of the month" is a time, "until the council agrees" an event.</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "this", "that", "a"]);

    /// <summary>Adds to <paramref name="matches"/> the standing conditions in <paramref name="tokens"/>, from the modal to "until"/"unless".</summary>
    public static void AddTo(List<ScoringToken> tokens, List<StanceMatch> matches)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !IsModal(tokens[i].Lower)) continue;
            var words = 0;
            for (var j = i + 1; j < tokens.Count && words < Reach; j++)
            {
                if (tokens[j].EndsClause) break;
                if (!tokens[j].IsWord) continue;
                words++;
                if (!Conditions.Contains(tokens[j].Lower)) continue;
                if (IsEvent(tokens, j)) matches.Add(new StanceMatch(Phrase, i, j));
                break;
            }
        }
    }

    private static bool IsModal(string word) => Modals.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal);

    /// <summary>Whether the words after the condition word at <paramref name="j"/> name an event, not a time or a number.</summary>
    private static bool IsEvent(List<ScoringToken> tokens, int j)
    {
        var next = NextWord(tokens, j);
        if (next is { } determiner && Determiners.Contains(tokens[determiner].Lower)) next = NextWord(tokens, determiner);
        if (next is not { } n) return false;
        var word = tokens[n].Lower;
        return !Times.Contains(word) && !char.IsDigit(word[0]);
    }

    /// <summary>The next word after <paramref name="j"/> in its clause (quote marks pass), or null.</summary>
    private static int? NextWord(List<ScoringToken> tokens, int j)
    {
        for (var next = j + 1; next < tokens.Count; next++)
        {
            if (tokens[next].IsWord) return next;
            if (tokens[next].EndsClause) return null;
        }
        return null;
    }
}
