using System.Collections.Frozen;
using System.Globalization;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// The stance phrases, loaded once from the embedded, documented table <c>stance_phrases.tsv</c>, indexed by the
/// first <see cref="KeyLength"/> letters of their first part (all of a shorter word), so that the matcher tries at
/// each token only the few phrases that can start there, after one look-up. A first part is a word or a prefix
/// ("negotiat*").
/// </summary>
internal sealed class StancePhraseTable
{
    /// <summary>How many leading letters key the index: a word is only tried against phrases that share them.</summary>
    private const int KeyLength = 3;

    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byLeadingLetters;
    private readonly int[] tryEverywhere; // a first part shorter than the key, or a gap: tried at every word
    private readonly StancePhrase[] byIndex; // the phrases, read by index at every word (an array's indexer is inlined)

    public StancePhraseTable(IReadOnlyList<StancePhrase> phrases)
    {
        Phrases = phrases;
        byIndex = [.. phrases];
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var everywhere = new List<int>();
        for (var i = 0; i < phrases.Count; i++)
        {
            var first = phrases[i].Parts[0];
            if (first == StancePhrase.Gap || (first.EndsWith('*') && first.Length - 1 < KeyLength)) everywhere.Add(i);
            else Add(index, first[..Math.Min(KeyLength, first.Length)], i);
        }
        byLeadingLetters = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        tryEverywhere = everywhere.ToArray();
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int phrase)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(phrase);
    }

    public static StancePhraseTable Default { get; } = Load();

    public IReadOnlyList<StancePhrase> Phrases { get; }

    /// <summary>
    /// Adds to <paramref name="into"/> the phrases whose first part matches <paramref name="word"/>, in table order
    /// (the order the matcher's overlap resolution relies on for ties). A list the caller reuses rather than an
    /// iterator: this runs at every word of every statement, and almost every word starts no phrase.
    /// </summary>
    public void AddStartingWith(string word, List<StancePhrase> into)
    {
        var sharing = byLeadingLetters.TryGetValue(word.AsSpan(0, Math.Min(KeyLength, word.Length)), out var found) ? found : [];
        int s = 0, a = 0;
        while (true)
        {
            // Merge the two ascending index lists, so phrases come out in table order.
            var next = Math.Min(s < sharing.Length ? sharing[s] : int.MaxValue, a < tryEverywhere.Length ? tryEverywhere[a] : int.MaxValue);
            if (next == int.MaxValue) return;
            if (s < sharing.Length && sharing[s] == next) s++; else a++;
            var phrase = byIndex[next];
            if (phrase.Parts[0] == StancePhrase.Gap || StancePhrase.PartMatches(phrase.Parts[0], word)) into.Add(phrase);
        }
    }

    private static StancePhraseTable Load()
    {
        var phrases = new List<StancePhrase>();
        foreach (var row in EmbeddedTable.Rows("Analysis.Assets.stance_phrases.tsv"))
        {
            if (row.Length is < 4 or > 5
                || !double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                || !Enum.TryParse<StanceKind>(row[2], ignoreCase: true, out var kind)
                || (row.Length == 5 && row[4] != StancePhrase.StanceOnly))
                throw new InvalidOperationException($"stance_phrases.tsv: malformed row '{string.Join('\t', row)}'.");
            var parts = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            phrases.Add(new StancePhrase(row[0], parts, weight, kind, row[3], CarriesTone: row.Length == 4));
        }
        return new StancePhraseTable(phrases);
    }
}
