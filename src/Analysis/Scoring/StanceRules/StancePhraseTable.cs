using System.Globalization;

namespace Analysis.Scoring.StanceRules;

/// <summary>The stance phrases, loaded once from the embedded, documented table <c>stance_phrases.tsv</c>.</summary>
internal sealed class StancePhraseTable(IReadOnlyList<StancePhrase> phrases)
{
    public static StancePhraseTable Default { get; } = Load();

    public IReadOnlyList<StancePhrase> Phrases { get; } = phrases;

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
