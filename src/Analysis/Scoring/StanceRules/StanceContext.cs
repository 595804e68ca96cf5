namespace Analysis.Scoring.StanceRules;

/// <summary>The tokens and all the cues of one statement, with the sentence and clause helpers the rules share.</summary>
internal sealed class StanceContext(List<ScoringToken> tokens, IReadOnlyList<StanceMatch> matches)
{
    public List<ScoringToken> Tokens { get; } = tokens;
    public IReadOnlyList<StanceMatch> Matches { get; } = matches;

    /// <summary>First and last token index of the sentence holding token <paramref name="i"/>.</summary>
    public (int Start, int End) SentenceOf(int i)
    {
        var start = i;
        while (start > 0 && !Tokens[start - 1].EndsSentence) start--;
        var end = i;
        while (end < Tokens.Count - 1 && !Tokens[end].EndsSentence) end++;
        return (start, end);
    }

    /// <summary>
    /// Words before token <paramref name="i"/>, nearest first, up to <paramref name="maxWords"/> words, stopping at
    /// a clause end or a contrast word ("not a war but a settlement": the "not" stays with "war"), and at a comma
    /// when <paramref name="stopAtComma"/> ("it is not a settlement, it is a cessation of hostilities").
    /// </summary>
    public IEnumerable<int> WordsBefore(int i, int maxWords, bool stopAtComma = false)
    {
        var seen = 0;
        for (var j = i - 1; j >= 0 && seen < maxWords; j--)
        {
            var t = Tokens[j];
            if (t.EndsClause || (stopAtComma && t.IsComma)) yield break;
            if (!t.IsWord) continue;
            if (SentimentWords.Contrast.Contains(t.Lower)) yield break;
            seen++;
            yield return j;
        }
    }
}
