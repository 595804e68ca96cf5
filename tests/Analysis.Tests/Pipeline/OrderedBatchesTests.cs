using Analysis.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Pipeline;

public class OrderedBatchesTests
{
    /// <summary>Any input, any batch size, one core or several: every item mapped once, in input order.</summary>
    [Fact]
    public void Keeps_input_order_on_any_number_of_cores()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int[]>(), Gen.Choose(1, 4).ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), (items, threads, batch) =>
        {
            var mapped = OrderedBatches.MapChunks(items, chunk => chunk.Select(x => (long)x * 3).ToArray(), _ => 1, threads, maxBatchCount: batch).ToArray();
            return mapped.SequenceEqual(items.Select(x => (long)x * 3));
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>A chunk mapper sees consecutive items, never more than <see cref="OrderedBatches.ChunkSize"/> at once, and its results come back in input order.</summary>
    [Fact]
    public void Chunks_are_consecutive_bounded_and_kept_in_order()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int[]>(), Gen.Choose(1, 4).ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (items, threads, batch) =>
        {
            var indexed = items.Select((x, i) => (x, i)).ToArray();
            var badChunks = 0; // chunks are mapped on several threads
            var mapped = OrderedBatches.MapChunks(indexed, chunk =>
            {
                if (!(chunk.Count is > 0 and <= OrderedBatches.ChunkSize && chunk.Select(c => c.i).SequenceEqual(Enumerable.Range(chunk[0].i, chunk.Count))))
                    Interlocked.Increment(ref badChunks);
                return chunk.Select(c => (long)c.x * 3).ToArray();
            }, _ => 1, threads, maxBatchCount: batch).ToArray();
            return badChunks == 0 && mapped.SequenceEqual(items.Select(x => (long)x * 3));
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// Memory stays bounded: overlapping batches read ahead of what the caller has consumed by at most the
    /// batch being mapped and the one being read (plus the batch of results in hand).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Reads_at_most_three_batches_ahead_of_the_consumer(int threads)
    {
        const int BatchCount = 10;
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1_000; i++)
            {
                read++;
                yield return i;
            }
        }

        var consumed = 0;
        foreach (var _ in OrderedBatches.MapChunks(Source(), chunk => chunk, _ => 1, threads, maxBatchCount: BatchCount))
        {
            consumed++;
            Assert.InRange(read - consumed, 0, 3 * BatchCount);
        }
        Assert.Equal(1_000, consumed);
    }

    /// <summary>
    /// A failure while mapping reaches the caller as itself (not wrapped by the parallel loop), and on several cores it
    /// is the earliest failing chunk's, as on one.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_mapping_failure_reaches_the_caller_unwrapped(int threads)
    {
        var items = Enumerable.Range(0, 100);
        var error = Record.Exception(() => OrderedBatches.MapChunks(items, chunk => chunk.Select(x => x is 57 or 60 ? throw new InvalidDataException($"bad item {x}") : x).ToArray(), _ => 1, threads, maxBatchCount: 8).ToList());
        Assert.Equal("bad item 57", Assert.IsType<InvalidDataException>(error).Message);
    }
}
