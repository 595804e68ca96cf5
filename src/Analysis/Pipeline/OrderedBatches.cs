namespace Analysis.Pipeline;

/// <summary>
/// Maps a lazy sequence on all cores while keeping input order and bounded memory: it reads a batch
/// (up to a count or a total size), maps the batch in parallel, and yields the results in order.
/// The batches overlap: while one batch is mapped, the caller reads the next one
/// and consumes (writes out) the previous one's results, so the cores never wait for reading or writing.
/// Thousands of articles stream through with at most three batches in memory (being read, being mapped,
/// being consumed).
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
        return degreeOfParallelism == 1
            ? Sequential(source, map)
            : Overlapped(source, map, sizeOf, degreeOfParallelism, maxBatchCount, maxBatchSize);
    }

    // One core: everything on the calling thread, one item after another (nothing to overlap, nothing to hold).
    private static IEnumerable<TResult> Sequential<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map)
    {
        foreach (var item in source) yield return map(item);
    }

    private static IEnumerable<TResult> Overlapped<TSource, TResult>(
        IEnumerable<TSource> source, Func<TSource, TResult> map, Func<TSource, long> sizeOf, int degree, int maxBatchCount, long maxBatchSize)
    {
        Task<TResult[]>? mapping = null;
        foreach (var batch in Batches(source, sizeOf, maxBatchCount, maxBatchSize))
        {
            // The next batch is read (above) while the previous one is mapped; its mapping starts as soon as the
            // previous one's ends, and runs while the caller consumes the previous results.
            var previous = mapping?.GetAwaiter().GetResult();
            mapping = Task.Run(() => MapBatch(batch, map, degree));
            if (previous is null) continue;
            foreach (var result in previous) yield return result;
        }
        if (mapping is null) yield break;
        foreach (var result in mapping.GetAwaiter().GetResult()) yield return result;
    }

    private static IEnumerable<List<TSource>> Batches<TSource>(IEnumerable<TSource> source, Func<TSource, long> sizeOf, int maxBatchCount, long maxBatchSize)
    {
        var batch = new List<TSource>(maxBatchCount);
        long batchSize = 0;
        foreach (var item in source)
        {
            batch.Add(item);
            batchSize += sizeOf(item);
            if (batch.Count >= maxBatchCount || batchSize >= maxBatchSize)
            {
                yield return batch;
                batch = new List<TSource>(maxBatchCount);
                batchSize = 0;
            }
        }
        if (batch.Count > 0) yield return batch;
    }

    private static TResult[] MapBatch<TSource, TResult>(List<TSource> batch, Func<TSource, TResult> map, int degree)
    {
        var results = new TResult[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i => results[i] = map(batch[i]));
        return results;
    }
}
