using Analysis.Extraction;

namespace Analysis.Metrics;

/// <summary>
/// Jensen–Shannon divergence between two word distributions, in nats (natural log): 0 for identical
/// distributions, ln 2 ≈ 0.693 for distributions with no word in common. Symmetric.
/// </summary>
/// <remarks>
/// The distributions are the raw relative frequencies of <see cref="Tokenizer"/> words (maximum likelihood,
/// no smoothing). Smoothing is not needed: JSD compares each side with the mixture M = (P + Q) / 2, which is
/// positive wherever either side is, so the divergence is finite even when the vocabularies are disjoint;
/// and adding pseudo-counts would pull small samples towards each other, hiding real differences. Small
/// samples do inflate JSD (few words rarely overlap), so read it together with the statement counts.
/// </remarks>
public static class JensenShannon
{
    /// <summary>The maximum, ln 2.</summary>
    public static readonly double Max = Math.Log(2);

    /// <summary>JSD between the words of two sets of statements; null when either side has no words.</summary>
    public static double? Between(IEnumerable<Statement> a, IEnumerable<Statement> b) =>
        Divergence(WordCounts(a.Select(s => s.Quote)), WordCounts(b.Select(s => s.Quote)));

    /// <summary>Word frequencies of some texts, after <see cref="Tokenizer.Words"/>.</summary>
    public static Dictionary<string, int> WordCounts(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in texts.SelectMany(Tokenizer.Words))
            counts[word] = counts.GetValueOrDefault(word) + 1;
        return counts;
    }

    /// <summary>JSD between two frequency tables (non-negative counts); null when either is empty.</summary>
    public static double? Divergence(IReadOnlyDictionary<string, int> p, IReadOnlyDictionary<string, int> q)
    {
        double totalP = p.Values.Where(c => c > 0).Sum(c => (double)c), totalQ = q.Values.Where(c => c > 0).Sum(c => (double)c);
        if (totalP == 0 || totalQ == 0) return null;
        // Each word's term is symmetric in (p, q), and words are summed in one fixed (ordinal) order,
        // so JSD(P, Q) == JSD(Q, P) exactly, not just up to rounding.
        var sum = 0.0;
        foreach (var word in p.Keys.Union(q.Keys).Order(StringComparer.Ordinal))
        {
            var pi = Math.Max(0, p.GetValueOrDefault(word)) / totalP;
            var qi = Math.Max(0, q.GetValueOrDefault(word)) / totalQ;
            var mi = (pi + qi) / 2;
            sum += (Term(pi, mi) + Term(qi, mi)) / 2;
        }
        return Math.Clamp(sum, 0, Max);
    }

    private static double Term(double x, double m) => x > 0 ? x * Math.Log(x / m) : 0;
}
