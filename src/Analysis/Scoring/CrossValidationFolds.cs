namespace Analysis.Scoring;

/// <summary>
/// Which fold each of <c>count</c> items falls in for k-fold cross-validation: a shuffle seeded by
/// <c>seed</c> dealt round-robin, so the folds differ in size by at most one. A cross-validated figure
/// depends on the split; repeating it over several seeds (<see cref="Repeats"/>) shows how much, so that a
/// change smaller than that spread is not read as an improvement.
/// </summary>
internal sealed class CrossValidationFolds(int count, int folds, int seed)
{
    private readonly int[] foldOf = Deal(count, folds, seed);

    public int Folds { get; } = folds;
    public int Seed { get; } = seed;

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
