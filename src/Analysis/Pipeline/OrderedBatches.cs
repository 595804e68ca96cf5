using System.Runtime.ExceptionServices;

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
    /// <summary>At most this many items go to one call of a chunk mapper (see <see cref="MapChunks"/>).</summary>
    public const int ChunkSize = 64;

    /// <summary>
    /// Maps <paramref name="source"/> a chunk of consecutive items at a time (up to <see cref="ChunkSize"/>): the mapper
    /// returns one result per item, in order. A mapper that runs stage by stage over a chunk keeps each stage warm in the
    /// caches (<see cref="ArticleAnalyzer.AnalyzeChunk"/>).
    /// </summary>
    public static IEnumerable<TResult> MapChunks<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<IReadOnlyList<TSource>, IReadOnlyList<TResult>> mapChunk,
        Func<TSource, long> sizeOf,
        int degreeOfParallelism,
        int maxBatchCount = 256,
        long maxBatchSize = 32L << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        return degreeOfParallelism == 1
            ? Sequential(source, mapChunk, sizeOf, Math.Min(maxBatchCount, ChunkSize), maxBatchSize)
            : Overlapped(source, mapChunk, sizeOf, degreeOfParallelism, maxBatchCount, maxBatchSize);
    }

    // One core: everything on the calling thread, one chunk after another (nothing to overlap, one chunk held).
    private static IEnumerable<TResult> Sequential<TSource, TResult>(
        IEnumerable<TSource> source, Func<IReadOnlyList<TSource>, IReadOnlyList<TResult>> mapChunk, Func<TSource, long> sizeOf, int chunkCount, long maxChunkSize)
    {
        foreach (var chunk in Batches(source, sizeOf, chunkCount, maxChunkSize))
            foreach (var result in mapChunk(chunk)) yield return result;
    }

    private static IEnumerable<TResult> Overlapped<TSource, TResult>(
        IEnumerable<TSource> source, Func<IReadOnlyList<TSource>, IReadOnlyList<TResult>> mapChunk, Func<TSource, long> sizeOf, int degree, int maxBatchCount, long maxBatchSize)
    {
        Task<TResult[]>? mapping = null;
        foreach (var batch in Batches(source, sizeOf, maxBatchCount, maxBatchSize))
        {
            // The next batch is read (above) while the previous one is mapped; its mapping starts as soon as the
            // previous one's ends, and runs while the caller consumes the previous results.
            var previous = mapping?.GetAwaiter().GetResult();
            mapping = Task.Run(() => MapBatch(batch, mapChunk, degree));
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

    // The batch is cut into chunks small enough that every core gets several (the cores finish together).
    // A mapper's exception comes out as itself, not wrapped in an AggregateException, and always the one of the
    // earliest failing chunk, so a failure reads the same as on one core.
    private static TResult[] MapBatch<TSource, TResult>(List<TSource> batch, Func<IReadOnlyList<TSource>, IReadOnlyList<TResult>> mapChunk, int degree)
    {
        var chunks = batch.Chunk(Math.Clamp(batch.Count / (degree * 4), 1, ChunkSize)).ToArray();
        var results = new IReadOnlyList<TResult>[chunks.Length];
        var failures = new Exception?[chunks.Length];
        Parallel.For(0, chunks.Length, new ParallelOptions { MaxDegreeOfParallelism = degree }, i =>
        {
            try { results[i] = mapChunk(chunks[i]); }
            catch (Exception e) { failures[i] = e; }
        });
        if (failures.FirstOrDefault(e => e is not null) is { } first) ExceptionDispatchInfo.Capture(first).Throw();
        return results.SelectMany(r => r).ToArray();
    }
}
