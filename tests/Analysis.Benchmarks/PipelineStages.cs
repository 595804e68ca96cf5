using Analysis.Corpus;
using Analysis.Dates;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Scoring;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks;

/// <summary>
/// Each stage of the per-article pipeline on its own, over the same synthetic corpus, so the weakest stage
/// shows: MB/s is always corpus characters per second, so the stages' rates compare directly (the pipeline
/// runs at about 1 / Σ 1/rate). Each stage gets the previous stages' output ready-made.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PipelineStages
{
    private IReadOnlyList<Article> corpus = [];
    private (Article Article, IReadOnlyList<Statement> Statements)[] extracted = [];
    private string[] quotes = [];
    private readonly StatementExtractor extractor = new();
    private readonly StatementScorer scorer = new();
    private readonly ArticleAnalyzer analyzer = new();

    [Params(2_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void BuildCorpus()
    {
        corpus = SyntheticCorpus.Build(SyntheticCorpus.FindSeeds(), Articles);
        extracted = corpus.Select(a => (a, extractor.Extract(a))).Where(e => e.Item2.Count > 0).ToArray();
        quotes = extracted.SelectMany(e => e.Statements).Select(s => s.Quote).ToArray();
    }

    /// <summary>ArticleFactory: boilerplate and (no date given) publication-date detection.</summary>
    [Benchmark]
    public int Loading()
    {
        var spans = 0;
        foreach (var a in corpus) spans += ArticleFactory.Create(a.Id, a.Text, a.Outlet).Boilerplate.Count;
        return spans;
    }

    [Benchmark]
    public int Extraction()
    {
        var count = 0;
        foreach (var a in corpus) count += extractor.Extract(a).Count;
        return count;
    }

    /// <summary>Building each article's timeline and dating its statements (as the pipeline does: only articles with statements).</summary>
    [Benchmark]
    public int Timeline()
    {
        var dated = 0;
        foreach (var (article, statements) in extracted)
        {
            var timeline = ArticleTimeline.Build(article);
            foreach (var s in statements) if (timeline.DateOf(s).Value is not null) dated++;
        }
        return dated;
    }

    [Benchmark]
    public double Scoring()
    {
        var sum = 0.0;
        foreach (var quote in quotes) sum += scorer.Score(quote).Sentiment;
        return sum;
    }

    [Benchmark(Baseline = true)]
    public int PipelineOneCore() => RunPipeline(1);

    [Benchmark]
    public int PipelineAllCores() => RunPipeline(Environment.ProcessorCount);

    private int RunPipeline(int threads) =>
        OrderedBatches.MapChunks(corpus, analyzer.AnalyzeChunk, a => a.Text.Length, threads).Sum(s => s.Count);
}
