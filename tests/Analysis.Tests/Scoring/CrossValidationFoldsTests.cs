using Analysis.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Scoring;

public sealed class CrossValidationFoldsTests
{
    [Fact]
    public void Every_item_is_in_exactly_one_fold_and_fold_sizes_differ_by_at_most_one() =>
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), Gen.Choose(2, 12).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (count, folds, seed) =>
        {
            var split = new CrossValidationFolds(count, folds, seed);
            var sizes = Enumerable.Range(0, folds).Select(k => split.Inside(k).Count()).ToList();
            var all = Enumerable.Range(0, folds).SelectMany(split.Inside).Order().ToList();
            return all.SequenceEqual(Enumerable.Range(0, count)) && sizes.Max() - sizes.Min() <= 1
                && Enumerable.Range(0, folds).All(k => split.Outside(Enumerable.Range(0, count).ToList(), k).Count == count - sizes[k]);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_same_seed_gives_the_same_split_and_other_seeds_other_splits()
    {
        var one = new CrossValidationFolds(100, 10, 1);
        var again = new CrossValidationFolds(100, 10, 1);
        var other = new CrossValidationFolds(100, 10, 2);
        Assert.True(Enumerable.Range(0, 100).All(i => one.FoldOf(i) == again.FoldOf(i)));
        Assert.False(Enumerable.Range(0, 100).All(i => one.FoldOf(i) == other.FoldOf(i)));
        Assert.Equal([1, 2, 3], CrossValidationFolds.Repeats(100, 10, 3).Select(s => s.Seed));
    }

    [Fact]
    public void Folds_by_group_keep_each_group_together()
    {
        var groups = Enumerable.Range(0, 200).Select(i => $"article {i / 5}").ToList();
        var split = new CrossValidationFolds(groups, 10, seed: 3);
        foreach (var group in groups.GroupBy(g => g))
            Assert.Single(Enumerable.Range(0, groups.Count).Where(i => groups[i] == group.Key).Select(split.FoldOf).Distinct());
        Assert.All(Enumerable.Range(0, 10), k => Assert.Equal(20, split.Inside(k).Count()));
    }

    [Fact]
    public void Fewer_than_two_folds_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CrossValidationFolds(10, 1, 1));
}
