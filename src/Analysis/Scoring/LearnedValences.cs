using System.Collections.Frozen;
using System.Globalization;

namespace Analysis.Scoring;

/// <summary>
/// Valence shifts (VADER's -4..+4 scale) for common words, learned from human ratings of news sentences by
/// <see cref="LearnedValencesFit"/>: how news prose uses a word beyond what the human-rated lexicons say —
/// "yet", "too" and "cost" read as criticism in an editorial, "party" and "care" (social-media positives in
/// VADER) are mostly names of things in news. A shift is added to the word's rating (or is its rating, if no
/// lexicon rates it), and then the rules (negation, intensifiers, contrast) apply as to any rated word.
/// Shipped in <c>Scoring/Data/learned_valences.tsv</c>, whose header says how it was produced.
/// </summary>
internal sealed class LearnedValences
{
    public const string ResourceName = "Analysis.Assets.learned_valences.tsv";

    private readonly FrozenDictionary<string, double> shifts;

    public LearnedValences(IEnumerable<KeyValuePair<string, double>> shifts) =>
        this.shifts = shifts.ToFrozenDictionary(StringComparer.Ordinal);

    public static LearnedValences None { get; } = new([]);

    public static LearnedValences Default { get; } = Read(EmbeddedTable.Lines(ResourceName), ResourceName);

    public IReadOnlyDictionary<string, double> Shifts => shifts;

    /// <summary>Writes a tab-separated table: the <paramref name="header"/> as '#' lines, then word, shift and how many training sentences used the word.</summary>
    public void Write(TextWriter writer, IEnumerable<string> header, IReadOnlyDictionary<string, int> documents)
    {
        foreach (var line in header) writer.WriteLine(line.Length == 0 ? "#" : "# " + line);
        writer.WriteLine("# Columns: word <TAB> valence shift (VADER's -4..+4 scale) <TAB> training sentences using the word");
        foreach (var (word, shift) in shifts.OrderBy(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal))
            writer.WriteLine($"{word}\t{shift.ToString("0.00", CultureInfo.InvariantCulture)}\t{documents.GetValueOrDefault(word)}");
    }

    /// <summary>Reads what <see cref="Write"/> wrote ('#' lines are comments); a malformed line names <paramref name="source"/> and its number.</summary>
    public static LearnedValences Read(IEnumerable<string> lines, string source)
    {
        var shifts = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2 || f[0].Length == 0 || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var shift))
                throw new InvalidDataException($"{source}:{number}: expected a word and a valence shift, got \"{line}\"");
            shifts[f[0]] = shift;
        }
        return new LearnedValences(shifts);
    }
}
