using Analysis.Corpus;
using Analysis.Pipeline;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks;

/// <summary>
/// Extraction throughput (the whole per-article pipeline: extract, date, score) over 10,000 synthetic
/// articles, on one core and on all cores through the same ordered batching the CLI uses.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionThroughput
{
    private IReadOnlyList<Article> corpus = [];
    private readonly ArticleAnalyzer analyzer = new();

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void BuildCorpus()
    {
        corpus = SyntheticCorpus.Build(SyntheticCorpus.FindSeeds(), Articles);
    }

    [Benchmark(Baseline = true)]
    public int OneCore() => Run(1);

    [Benchmark]
    public int AllCores() => Run(Environment.ProcessorCount);

    private int Run(int threads) =>
        OrderedBatches.MapChunks(corpus, analyzer.AnalyzeChunk, a => a.Text.Length, threads).Sum(s => s.Count);
}
