namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Finds the table's phrases in a statement's tokens. Overlapping matches are resolved longest (most
/// specific) first, so "massive military response" is one cue, not three.
/// </summary>
internal static class StancePhraseMatcher
{
    public static List<StanceMatch> Find(List<ScoringToken> tokens, StancePhraseTable table)
    {
        var candidates = new List<StanceMatch>();
        var starting = new List<StancePhrase>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!tokens[start].IsWord) continue;
            starting.Clear();
            table.AddStartingWith(tokens[start].Lower, starting);
            foreach (var phrase in starting)
                if (MatchAt(tokens, start, phrase.Parts) is { } last)
                    candidates.Add(new StanceMatch(phrase, start, last));
        }
        if (candidates.Count <= 1) return candidates; // nothing overlaps: skip the ordering below (most quotes)
        var taken = new bool[tokens.Count];
        var chosen = new List<StanceMatch>();
        // Most specific first; equally specific ones in the order found (by start), as a stable sort would give. Few
        // words long, so a pass per specificity costs less than sorting.
        var most = 0;
        foreach (var match in candidates) most = Math.Max(most, match.Phrase.Specificity);
        for (var specificity = most; specificity >= 0; specificity--)
        {
            foreach (var match in candidates)
            {
                if (match.Phrase.Specificity != specificity || taken.AsSpan(match.First, match.Last - match.First + 1).Contains(true)) continue;
                for (var i = match.First; i <= match.Last; i++) taken[i] = true;
                chosen.Add(match);
            }
        }
        chosen.Sort((a, b) => a.First.CompareTo(b.First));
        return chosen;
    }

    /// <summary>The index of the last token of a match of <paramref name="parts"/> starting at <paramref name="start"/>, or null.</summary>
    private static int? MatchAt(List<ScoringToken> tokens, int start, string[] parts)
    {
        var i = start;
        var last = -1;
        for (var p = 0; p < parts.Length; p++)
        {
            if (parts[p] == StancePhrase.Gap)
            {
                // Let up to MaxGap words pass before the next part; the next part must then match.
                if (p + 1 >= parts.Length) return null;
                var next = parts[p + 1];
                var skipped = 0;
                while (i < tokens.Count && skipped <= StancePhrase.MaxGap)
                {
                    if (tokens[i].EndsClause) return null;
                    if (tokens[i].IsWord)
                    {
                        if (StancePhrase.PartMatches(next, tokens[i].Lower)) break;
                        skipped++;
                    }
                    i++;
                }
                if (i >= tokens.Count || skipped > StancePhrase.MaxGap) return null;
                continue;
            }
            // Words of a phrase are adjacent: punctuation between them breaks it, except a quotation mark. Reported speech
            // quotes the speaker's own words from the middle of a phrase: had "no interest" in reopening talks.
            if (p > 0) while (i < tokens.Count && IsQuotationMark(tokens[i])) i++;
            if (i >= tokens.Count || !tokens[i].IsWord || !StancePhrase.PartMatches(parts[p], tokens[i].Lower)) return null;
            last = i;
            i++;
        }
        return last;
    }

    private static bool IsQuotationMark(ScoringToken token) => !token.IsWord && token.Text is "\"" or "“" or "”" or "‘" or "’" or "'" or "«" or "»";
}
