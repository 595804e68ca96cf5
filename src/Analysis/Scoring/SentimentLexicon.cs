using System.Collections.Frozen;
using System.Globalization;

namespace Analysis.Scoring;

/// <summary>
/// Word valences on VADER's -4..+4 scale: the human-rated VADER lexicon (Hutto &amp; Gilbert 2014, MIT; the
/// copy shipped in npm's vader-sentiment 1.1.3, embedded at build time) extended by the project's
/// news/political entries in <c>Scoring/Data/news_lexicon.tsv</c>, where each entry says why it is there.
/// Immutable and shared: built once, read by every thread.
/// </summary>
internal sealed class SentimentLexicon
{
    private readonly FrozenDictionary<string, double> valences;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> byStem;

    public static SentimentLexicon Default { get; } = Load();

    internal SentimentLexicon(IEnumerable<KeyValuePair<string, double>> entries)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, valence) in entries) map[word] = valence;
        valences = map.ToFrozenDictionary(StringComparer.Ordinal);
        byStem = valences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => valences.Count;

    /// <summary>
    /// The valence of a lower-cased word, or null. A word the lexicon lacks is tried as an inflection of one
    /// it has ("wrongly" → wrong, "sabotaged" → sabotage, "pitied" → pity); a base shorter than four letters
    /// is not trusted (it would turn "need" into "ne").
    /// </summary>
    public double? Valence(string word)
    {
        if (valences.TryGetValue(word, out var v)) return v;
        // Most words are not rated: the stems are looked up as spans, not built as strings.
        var w = word.AsSpan();
        if (w.EndsWith("ily") && TryStemPlusY(w[..^3], out v)) return v;
        if (w.EndsWith("ly") && TryStem(w[..^2], out v)) return v;
        if (w.EndsWith("ied") && TryStemPlusY(w[..^3], out v)) return v;
        if (w.EndsWith("ed") && (TryStem(w[..^1], out v) || TryStem(w[..^2], out v))) return v;
        return null;
    }

    private bool TryStem(ReadOnlySpan<char> stem, out double valence)
    {
        valence = 0;
        return stem.Length >= 4 && byStem.TryGetValue(stem, out valence);
    }

    /// <summary>"happ" + "y": the base of "happily", "pitied".</summary>
    private bool TryStemPlusY(ReadOnlySpan<char> stem, out double valence)
    {
        if (stem.Length + 1 > 64) return TryStem(string.Concat(stem, "y"), out valence);
        Span<char> buffer = stackalloc char[stem.Length + 1];
        stem.CopyTo(buffer);
        buffer[^1] = 'y';
        return TryStem(buffer, out valence);
    }

    private static SentimentLexicon Load()
    {
        var entries = new List<KeyValuePair<string, double>>(8000);
        // VADER: token, mean valence, sd, the ten raw ratings.
        foreach (var row in EmbeddedTable.Rows("Analysis.Assets.vader_lexicon.txt"))
            if (row.Length >= 2 && TryParse(row[1], out var v)) entries.Add(new(row[0], v));
        // The project's entries come second so that a deliberate OVERRIDE wins.
        foreach (var row in EmbeddedTable.Rows("Analysis.Assets.news_lexicon.tsv"))
            if (row.Length >= 2 && TryParse(row[1], out var v)) entries.Add(new(row[0], v));
        return new SentimentLexicon(entries);
    }

    private static bool TryParse(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
