using System.Collections.Frozen;
using System.Globalization;

namespace Analysis.Scoring.StanceRules;

/// <summary>The stance phrases, loaded once from the embedded, documented table <c>stance_phrases.tsv</c>.</summary>
internal sealed class StancePhraseTable
{
    private static readonly int[] None = [];

    /// <summary>Phrases (as indices into <see cref="Phrases"/>, ascending) by their first word, when it is a plain word.</summary>
    private readonly FrozenDictionary<string, int[]> byFirstWord;

    /// <summary>Phrases whose first part is a prefix ("negotiat*") or a gap: tried at every word.</summary>
    private readonly int[] openStart;

    public StancePhraseTable(IReadOnlyList<StancePhrase> phrases)
    {
        Phrases = phrases;
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var open = new List<int>();
        for (var i = 0; i < phrases.Count; i++)
        {
            var first = phrases[i].Parts.Count > 0 ? phrases[i].Parts[0] : StancePhrase.Gap;
            if (first == StancePhrase.Gap || first.EndsWith('*')) open.Add(i);
            else if (exact.TryGetValue(first, out var list)) list.Add(i);
            else exact[first] = [i];
        }
        byFirstWord = exact.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        openStart = open.ToArray();
    }

    public static StancePhraseTable Default { get; } = Load();

    public IReadOnlyList<StancePhrase> Phrases { get; }

    /// <summary>The phrases that can start at a word (lower-cased): those beginning with it, then those every word must try. A superset; the matcher checks.</summary>
    public (int[] ByWord, int[] Open) CandidatesFor(string lower) =>
        (byFirstWord.TryGetValue(lower, out var phrases) ? phrases : None, openStart);

    private static StancePhraseTable Load()
    {
        var phrases = new List<StancePhrase>();
        foreach (var row in EmbeddedTable.Rows("Analysis.Assets.stance_phrases.tsv"))
        {
            if (row.Length < 4
                || !double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                || !Enum.TryParse<StanceKind>(row[2], ignoreCase: true, out var kind))
                throw new InvalidOperationException($"stance_phrases.tsv: malformed row '{string.Join('\t', row)}'.");
            var parts = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            phrases.Add(new StancePhrase(row[0], parts, weight, kind, row[3]));
        }
        return new StancePhraseTable(phrases);
    }
}
