using System.Collections.Concurrent;

namespace Analysis.Speakers;

/// <summary>
/// A speaker's camp from the words of its title or label: "Secretary of State" → State Department,
/// "Sen." → Congress, "North Korean" → North Korea. Ordered rules: specific offices before the nationality
/// and before the bare "president"/"administration", so "North Korean UN mission spokesman" is North Korea
/// and "Chinese President" is China.
/// </summary>
public static class AffiliationResolver
{
    private static readonly (string[] Keys, string Affiliation)[] Rules =
    [
        (["secretary of state", "state department", "department of state"], "State Department"),
        (["secretary of defense", "defense secretary", "defence secretary", "defense department", "department of defense", "pentagon"], "Pentagon"),
        (["treasury"], "Treasury"),
        (["sen.", "senator", "senators", "rep.", "congressman", "congresswoman", "lawmaker", "congress", "house speaker", "senate"], "Congress"),
        (["cia"], "CIA"),
        (["fbi"], "FBI"),
        (["nato"], "NATO"),
        (["north korea", "north korean", "pyongyang", "dprk", "kcna"], "North Korea"),
        (["south korea", "south korean", "seoul"], "South Korea"),
        (["chinese", "china", "beijing"], "China"),
        (["russian", "russia", "kremlin", "moscow"], "Russia"),
        (["japanese", "japan", "tokyo"], "Japan"),
        (["iranian", "iran", "tehran"], "Iran"),
        (["ukrainian", "ukraine", "kyiv"], "Ukraine"),
        (["british", "britain", "downing street"], "United Kingdom"),
        (["united nations", "u.n.", " un ", "security council"], "United Nations"),
        (["white house", "administration", "president", "press secretary"], "White House"),
    ];

    public static string? Resolve(string? words)
    {
        if (string.IsNullOrWhiteSpace(words)) return null;
        // Every mention's title and every statement ask, and the same few titles recur across a corpus: each
        // is scanned against the rules once. Bounded, so a corpus of endless distinct titles keeps memory flat.
        if (Resolved.TryGetValue(words, out var known)) return known;
        var affiliation = Scan(words);
        if (Resolved.Count < MaxRemembered) Resolved.TryAdd(words, affiliation);
        return affiliation;
    }

    private const int MaxRemembered = 20_000;

    private static readonly ConcurrentDictionary<string, string?> Resolved = new(StringComparer.Ordinal);

    private static string? Scan(string words)
    {
        var padded = " " + words.ToLowerInvariant().Replace('\u2019', '\'') + " ";
        bool stateGovernment = IsStateGovernment(words, padded);
        foreach (var (keys, affiliation) in Rules)
        {
            if (stateGovernment && affiliation == "State Department") continue;
            foreach (var key in keys)
                if (ContainsWord(padded, key)) return affiliation;
        }
        return null;
    }

    // "Michigan Secretary of State", "the secretary of state's office", "state Department of Natural Resources": a US state's
    // own government, not the federal State Department.
    private static bool IsStateGovernment(string words, string padded)
    {
        if (padded.Contains("secretary of state's", StringComparison.Ordinal) || padded.Contains("state department of ", StringComparison.Ordinal)) return true;
        if (!padded.Contains("secretary of state", StringComparison.Ordinal)) return false;
        foreach (var range in words.AsSpan().Split(' '))
            if (NameLexicon.IsUsState(words.AsSpan(range))) return true;
        return padded.Contains(" state secretary of state", StringComparison.Ordinal);
    }

    private static bool ContainsWord(string padded, string key)
    {
        for (int at = padded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = padded.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            bool startOk = key[0] == ' ' || !char.IsLetter(padded[at - 1]);
            int end = at + key.Length;
            bool endOk = key[^1] == ' ' || end >= padded.Length || !char.IsLetter(padded[end]);
            if (startOk && endOk) return true;
        }
        return false;
    }
}
