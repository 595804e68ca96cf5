using System.Collections.Frozen;
using System.Globalization;

namespace Analysis.Scoring;

/// <summary>
/// A learned second opinion on statements the stance rules call neutral: a multinomial logistic regression (L2) on
/// <see cref="StanceFallbackFeatures"/> (the quote's words and word pairs, the cue's words, the rules' cues and the
/// tone's sign), fitted on the development golds by <see cref="StanceFallbackFit"/>. It overrules a neutral
/// verdict only when it gives conciliatory or hawkish at least <see cref="Confidence"/>; it never touches a verdict
/// the rules reached. Left out of each development gold in turn (settings chosen on the others) it does no worse
/// than the rules alone (the file's header has the figures). Shipped in <c>Scoring/Data/stance_fallback.tsv</c>.
/// Immutable: thread-safe.
/// </summary>
internal sealed class StanceFallback
{
    public const string ResourceName = "Analysis.Assets.stance_fallback.tsv";

    public const int Classes = 3; // Stance.Neutral, Conciliatory, Hawkish

    /// <summary>How many of the strongest word features a decision names in the evidence.</summary>
    public const int EvidenceCount = 3;

    private readonly string[] names;
    private readonly double[] weights; // Classes per feature, centred (the three sum to 0)
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids;

    /// <param name="features">Each feature's name and its weights towards neutral, conciliatory and hawkish.</param>
    public StanceFallback(IEnumerable<(string Name, double Neutral, double Conciliatory, double Hawkish)> features, double confidence)
    {
        var list = features.ToList();
        names = list.Select(f => f.Name).ToArray();
        weights = list.SelectMany(f => new[] { f.Neutral, f.Conciliatory, f.Hawkish }).ToArray();
        ids = names.Select((name, id) => KeyValuePair.Create(name, id)).ToFrozenDictionary(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        Confidence = confidence;
    }

    public static StanceFallback None { get; } = new([], 1);

    public static StanceFallback Default { get; } = Read(EmbeddedTable.Lines(ResourceName), ResourceName);

    /// <summary>The probability the model must give conciliatory or hawkish to overrule a neutral verdict.</summary>
    public double Confidence { get; }

    /// <summary>Each feature with its weights towards neutral, conciliatory and hawkish.</summary>
    public IEnumerable<(string Name, double Neutral, double Conciliatory, double Hawkish)> Features =>
        names.Select((name, id) => (name, weights[id * Classes], weights[id * Classes + 1], weights[id * Classes + 2]));

    /// <summary>A feature that drove a decision, with its weight towards the label and where its words are.</summary>
    public readonly record struct Driver(string Feature, double Weight, StanceFallbackFeatures.Words Words);

    /// <summary>An overruled neutral verdict: the model's label, its probability and its strongest word features (strongest first).</summary>
    public sealed record Decision(Stance Stance, double Probability, IReadOnlyList<Driver> Drivers);

    /// <summary>The model's decision on a statement the rules called neutral, or null when it is not confident enough.</summary>
    public Decision? Decide(List<ScoringToken> tokens, List<ScoringToken> cueTokens,
        IReadOnlyList<StanceRules.StanceCue> cues, double tone)
    {
        if (names.Length == 0) return null;
        // The model knows most words and many word pairs of a quote: about 1.2 features a token (at most 2.0 over the
        // quotes of 3,000 synthetic articles). Room for 1.5, so the list seldom grows from empty in steps of copies.
        var sink = new Matches(ids, new(tokens.Count * 3 / 2 + cueTokens.Count + 8));
        StanceFallbackFeatures.Read(tokens, cueTokens, cues, Stance.Neutral, tone, ref sink);
        Span<double> p = stackalloc double[Classes];
        foreach (var (id, _) in sink.Found) Add(p, id);
        Softmax(p);
        var label = Leaning(p);
        if (p[(int)label] < Confidence) return null;

        var drivers = new List<Driver>(EvidenceCount);
        foreach (var (id, words) in sink.Found)
        {
            var weight = weights[id * Classes + (int)label];
            if (!words.Any || weight <= 0) continue;
            var at = drivers.Count;
            while (at > 0 && drivers[at - 1].Weight < weight) at--;
            if (at == EvidenceCount) continue;
            if (drivers.Count == EvidenceCount) drivers.RemoveAt(EvidenceCount - 1);
            drivers.Insert(at, new Driver(names[id], weight, words));
        }
        return new Decision(label, p[(int)label], drivers);
    }

    /// <summary>The probabilities of neutral, conciliatory and hawkish for a statement's feature names (for evaluation).</summary>
    public double[] Probabilities(IEnumerable<string> features)
    {
        var p = new double[Classes];
        foreach (var feature in features)
            if (ids.Dictionary.TryGetValue(feature, out var id)) Add(p, id);
        Softmax(p);
        return p;
    }

    private void Add(Span<double> z, int id)
    {
        for (var k = 0; k < Classes; k++) z[k] += weights[id * Classes + k];
    }

    /// <summary>Conciliatory or hawkish, whichever the probabilities <paramref name="p"/> favour (conciliatory on a tie).</summary>
    public static Stance Leaning(ReadOnlySpan<double> p) =>
        p[(int)Stance.Conciliatory] >= p[(int)Stance.Hawkish] ? Stance.Conciliatory : Stance.Hawkish;

    /// <summary>Turns the three classes' summed weights into probabilities, in place.</summary>
    public static void Softmax(Span<double> z)
    {
        var max = Math.Max(z[0], Math.Max(z[1], z[2]));
        var sum = 0.0;
        for (var k = 0; k < Classes; k++) sum += z[k] = Math.Exp(z[k] - max);
        for (var k = 0; k < Classes; k++) z[k] /= sum;
    }

    /// <summary>The distinct features of a statement the model knows, in the order read.</summary>
    private readonly record struct Matches(FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ids,
        List<(int Id, StanceFallbackFeatures.Words Words)> Found) : StanceFallbackFeatures.ISink
    {
        public void Add(ReadOnlySpan<char> key, StanceFallbackFeatures.Words words)
        {
            if (!Ids.TryGetValue(key, out var id)) return;
            foreach (var (seen, _) in Found) if (seen == id) return; // binary features; few are known, so a scan is enough
            Found.Add((id, words));
        }
    }

    /// <summary>Writes the table: the <paramref name="header"/> as '#' lines, the confidence, then one row a feature in ordinal order.</summary>
    public void Write(TextWriter writer, IEnumerable<string> header)
    {
        foreach (var line in header) writer.WriteLine(line.Length == 0 ? "#" : "# " + line);
        writer.WriteLine($"confidence\t{Format(Confidence)}");
        writer.WriteLine("# Columns: feature <TAB> weight towards neutral <TAB> conciliatory <TAB> hawkish (centred: the three sum to about 0)");
        foreach (var id in Enumerable.Range(0, names.Length).OrderBy(i => names[i], StringComparer.Ordinal))
            writer.WriteLine($"{names[id]}\t{Format(weights[id * Classes])}\t{Format(weights[id * Classes + 1])}\t{Format(weights[id * Classes + 2])}");
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Reads what <see cref="Write"/> wrote; a malformed line names <paramref name="source"/> and its number.</summary>
    public static StanceFallback Read(IEnumerable<string> lines, string source)
    {
        var features = new List<(string, double, double, double)>();
        double? confidence = null;
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f[0] == "confidence" && f.Length == 2 && Parse(f[1]) is { } c) confidence = c;
            else if (f.Length == 4 && f[0].Length > 0 && Parse(f[1]) is { } n && Parse(f[2]) is { } k && Parse(f[3]) is { } h) features.Add((f[0], n, k, h));
            else throw new InvalidDataException($"{source}:{number}: expected a feature and three weights, or the confidence, got \"{line}\"");
        }
        return new StanceFallback(features, confidence ?? throw new InvalidDataException($"{source}: no confidence line"));
    }

    private static double? Parse(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
