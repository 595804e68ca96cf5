namespace Analysis.Pipeline;

/// <summary>
/// Maps a lazy sequence on all cores while keeping input order and bounded memory: it reads a batch
/// (up to a count or a total size), maps the batch in parallel, yields the results in order, and only
/// then reads the next batch. Thousands of articles stream through with at most one batch in memory.
/// </summary>
public static class OrderedBatches
{
    public static IEnumerable<TResult> Map<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<TSource, TResult> map,
        Func<TSource, long> sizeOf,
        int degreeOfParallelism,
        int maxBatchCount = 256,
        long maxBatchSize = 32L << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        var batch = new List<TSource>(maxBatchCount);
        long batchSize = 0;
        foreach (var item in source)
        {
            batch.Add(item);
            batchSize += sizeOf(item);
            if (batch.Count >= maxBatchCount || batchSize >= maxBatchSize)
            {
                foreach (var result in MapBatch(batch, map, degreeOfParallelism)) yield return result;
                batch.Clear();
                batchSize = 0;
            }
        }
        foreach (var result in MapBatch(batch, map, degreeOfParallelism)) yield return result;
    }

    private static TResult[] MapBatch<TSource, TResult>(List<TSource> batch, Func<TSource, TResult> map, int degree)
    {
        var results = new TResult[batch.Count];
        if (degree == 1 || batch.Count == 1)
        {
            for (var i = 0; i < batch.Count; i++) results[i] = map(batch[i]);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i => results[i] = map(batch[i]));
        }
        return results;
    }
}
