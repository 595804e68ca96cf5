namespace Analysis.Scoring.StanceRules;

/// <summary>
/// Finds the table's phrases in a statement's tokens. Overlapping matches are resolved longest (most
/// specific) first, so "massive military response" is one cue, not three.
/// </summary>
internal static class StancePhraseMatcher
{
    public static List<StanceMatch> Find(IReadOnlyList<ScoringToken> tokens, StancePhraseTable table)
    {
        var candidates = new List<Candidate>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!tokens[start].IsWord) continue;
            // Only the phrases that can begin with this word: looking up its first word beats trying all of them.
            var (byWord, open) = table.CandidatesFor(tokens[start].Lower);
            foreach (var index in byWord) TryAdd(tokens, table, start, index, candidates);
            foreach (var index in open) TryAdd(tokens, table, start, index, candidates);
        }
        if (candidates.Count == 0) return [];
        // Most specific first, then leftmost, then in table order (the order they were once found in).
        candidates.Sort((a, b) => a.Specificity != b.Specificity ? b.Specificity.CompareTo(a.Specificity)
            : a.Match.First != b.Match.First ? a.Match.First.CompareTo(b.Match.First)
            : a.PhraseIndex.CompareTo(b.PhraseIndex));
        var taken = new bool[tokens.Count];
        var chosen = new List<StanceMatch>();
        foreach (var (match, _, _) in candidates)
        {
            if (taken.AsSpan(match.First, match.Last - match.First + 1).Contains(true)) continue;
            taken.AsSpan(match.First, match.Last - match.First + 1).Fill(true);
            chosen.Add(match);
        }
        chosen.Sort((a, b) => a.First.CompareTo(b.First));
        return chosen;
    }

    private readonly record struct Candidate(StanceMatch Match, int Specificity, int PhraseIndex);

    private static void TryAdd(IReadOnlyList<ScoringToken> tokens, StancePhraseTable table, int start, int index, List<Candidate> candidates)
    {
        var phrase = table.Phrases[index];
        if (MatchAt(tokens, start, phrase.Parts) is { } last)
            candidates.Add(new Candidate(new StanceMatch(phrase, start, last), phrase.Specificity, index));
    }

    /// <summary>The index of the last token of a match of <paramref name="parts"/> starting at <paramref name="start"/>, or null.</summary>
    private static int? MatchAt(IReadOnlyList<ScoringToken> tokens, int start, IReadOnlyList<string> parts)
    {
        var i = start;
        var last = -1;
        for (var p = 0; p < parts.Count; p++)
        {
            if (parts[p] == StancePhrase.Gap)
            {
                // Let up to MaxGap words pass before the next part; the next part must then match.
                if (p + 1 >= parts.Count) return null;
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
            // Words of a phrase are adjacent: punctuation between them breaks it.
            if (i >= tokens.Count || !tokens[i].IsWord || !StancePhrase.PartMatches(parts[p], tokens[i].Lower)) return null;
            last = i;
            i++;
        }
        return last;
    }
}
