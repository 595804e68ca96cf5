using Analysis.Metrics;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Metrics;

public class JensenShannonTests
{
    private static readonly Gen<Dictionary<string, int>> Counts =
        Gen.ListOf(Gen.Zip(Gen.Elements("war", "talks", "fire", "peace", "rocket", "dialogue", "sanctions"), Gen.Choose(0, 20)))
            .Select(pairs => pairs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Sum(p => p.Item2)));

    private static readonly Arbitrary<(Dictionary<string, int> P, Dictionary<string, int> Q)> Pairs =
        Arb.From(Gen.Zip(Counts, Counts));

    [Fact]
    public void Property_symmetric_bounded_and_zero_on_itself()
    {
        Prop.ForAll(Pairs, pair =>
        {
            var pq = JensenShannon.Divergence(pair.P, pair.Q);
            var qp = JensenShannon.Divergence(pair.Q, pair.P);
            var pp = JensenShannon.Divergence(pair.P, pair.P);
            var empty = pair.P.Values.Sum() == 0 || pair.Q.Values.Sum() == 0;
            return pq == qp
                && (empty ? pq is null : pq is >= 0 and var v && v <= JensenShannon.Max)
                && (pair.P.Values.Sum() == 0 ? pp is null : pp == 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Proportional_counts_are_identical_distributions()
    {
        Assert.Equal(0, JensenShannon.Divergence(new Dictionary<string, int> { ["war"] = 1, ["talks"] = 3 }, new Dictionary<string, int> { ["war"] = 2, ["talks"] = 6 }));
    }

    [Fact]
    public void Disjoint_vocabularies_reach_ln2_and_half_overlap_half_of_it()
    {
        Assert.Equal(Math.Log(2), JensenShannon.Divergence(new Dictionary<string, int> { ["war"] = 4 }, new Dictionary<string, int> { ["talks"] = 1 })!.Value, 12);
        // P = (1/2, 1/2, 0), Q = (0, 1/2, 1/2): M = (1/4, 1/2, 1/4), each KL = ln2 / 2.
        var p = new Dictionary<string, int> { ["fire"] = 1, ["war"] = 1 };
        var q = new Dictionary<string, int> { ["war"] = 1, ["talks"] = 1 };
        Assert.Equal(Math.Log(2) / 2, JensenShannon.Divergence(p, q)!.Value, 12);
    }

    [Fact]
    public void Statements_without_content_words_have_no_divergence()
    {
        var stopwordsOnly = TestStatements.Make("A", null, null, 0, quote: "it is what it is");
        var words = TestStatements.Make("B", null, null, 0, quote: "fire and fury");
        Assert.Null(JensenShannon.Between([stopwordsOnly], [words]));
        Assert.Equal(0, JensenShannon.Between([words], [words with { Quote = "Fury and FIRE!" }]));
    }
}
