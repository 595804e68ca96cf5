namespace Analysis.Scoring;

/// <summary>
/// Which fold each of <c>count</c> items falls in for k-fold cross-validation: a shuffle seeded by
/// <c>seed</c> dealt round-robin, so the folds differ in size by at most one. A cross-validated figure
/// depends on the split; repeating it over several seeds (<see cref="Repeats"/>) shows how much, so that a
/// change smaller than that spread is not read as an improvement.
/// </summary>
internal sealed class CrossValidationFolds
{
    private readonly int[] foldOf;

    public CrossValidationFolds(int count, int folds, int seed)
    {
        foldOf = Deal(count, folds, seed);
        (Folds, Seed) = (folds, seed);
    }

    /// <summary>
    /// Folds that keep each group's items together (the sentences of one article): what is held out is then whole
    /// groups the fit never saw a part of. Groups are dealt as items are.
    /// </summary>
    public CrossValidationFolds(IReadOnlyList<string> groupOf, int folds, int seed)
    {
        var groups = groupOf.Distinct(StringComparer.Ordinal).ToList();
        var dealt = Deal(groups.Count, folds, seed);
        var foldOfGroup = groups.Select((g, j) => (g, j)).ToDictionary(p => p.g, p => dealt[p.j], StringComparer.Ordinal);
        foldOf = groupOf.Select(g => foldOfGroup[g]).ToArray();
        (Folds, Seed) = (folds, seed);
    }

    public int Folds { get; }
    public int Seed { get; }

    public int FoldOf(int item) => foldOf[item];

    /// <summary>The items outside fold <paramref name="k"/> (its training set).</summary>
    public List<T> Outside<T>(IReadOnlyList<T> items, int k) => items.Where((_, i) => foldOf[i] != k).ToList();

    /// <summary>The items in fold <paramref name="k"/>, by index.</summary>
    public IEnumerable<int> Inside(int k) => Enumerable.Range(0, foldOf.Length).Where(i => foldOf[i] == k);

    /// <summary><paramref name="repeats"/> splits of <paramref name="count"/> items, seeded 1, 2, ...</summary>
    public static IEnumerable<CrossValidationFolds> Repeats(int count, int folds, int repeats) =>
        Enumerable.Range(1, repeats).Select(seed => new CrossValidationFolds(count, folds, seed));

    private static int[] Deal(int count, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order); // System.Random with a seed: the same sequence on every run and platform
        var foldOf = new int[count];
        for (var position = 0; position < count; position++) foldOf[order[position]] = position % folds;
        return foldOf;
    }
}
