using System.Collections.Frozen;
using System.Globalization;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// The stance phrases, loaded once from the embedded, documented table <c>stance_phrases.tsv</c>, indexed by
/// their first word so that the matcher tries at each token only the few phrases that can start there.
/// </summary>
internal sealed class StancePhraseTable
{
    private readonly FrozenDictionary<string, int[]> byFirstWord;
    private readonly int[] prefixFirst; // phrases whose first part is a prefix ("negotiat*"): few, tried everywhere

    public StancePhraseTable(IReadOnlyList<StancePhrase> phrases)
    {
        Phrases = phrases;
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefixes = new List<int>();
        for (var i = 0; i < phrases.Count; i++)
        {
            var first = phrases[i].Parts[0];
            if (first.EndsWith('*') || first == StancePhrase.Gap) { prefixes.Add(i); continue; }
            if (!index.TryGetValue(first, out var list)) index[first] = list = [];
            list.Add(i);
        }
        byFirstWord = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        prefixFirst = prefixes.ToArray();
    }

    public static StancePhraseTable Default { get; } = Load();

    public IReadOnlyList<StancePhrase> Phrases { get; }

    /// <summary>
    /// The phrases whose first part matches <paramref name="word"/>, in table order (the order the matcher's
    /// overlap resolution relies on for ties).
    /// </summary>
    public IEnumerable<StancePhrase> StartingWith(string word)
    {
        var exact = byFirstWord.GetValueOrDefault(word, []);
        int e = 0, p = 0;
        while (e < exact.Length || p < prefixFirst.Length)
        {
            if (p >= prefixFirst.Length || (e < exact.Length && exact[e] < prefixFirst[p])) { yield return Phrases[exact[e++]]; continue; }
            var phrase = Phrases[prefixFirst[p++]];
            if (phrase.Parts[0] == StancePhrase.Gap || StancePhrase.PartMatches(phrase.Parts[0], word)) yield return phrase;
        }
    }

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
