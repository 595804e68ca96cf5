using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Analysis.Benchmarks;

/// <summary>
/// A short job (one warm-up, three measured iterations: the whole suite runs in minutes) with the command
/// line's runtime settings, and an MB/s column:
/// corpus size divided by the mean time of one operation.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        // The runtime settings the command line ships with (see Analysis.Cli.csproj), so the figures are those of
        // `analysis extract` once its code is compiled.
        AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(3)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredPGO", "0"), new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"))
            .WithId("Short"));
        AddColumn(new MegabytesPerSecond());
    }

    private sealed class MegabytesPerSecond : IColumn
    {
        /// <summary>
        /// The corpus is deterministic in its article count, so the column (in BenchmarkDotNet's host process,
        /// not the one that ran the benchmark) rebuilds it to learn its size.
        /// </summary>
        private static readonly ConcurrentDictionary<int, long> CharsByArticles = new();

        public string Id => nameof(MegabytesPerSecond);
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Corpus megabytes (10^6 chars) processed per second";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "NA";
            if (benchmarkCase.Parameters["Articles"] is not int articles) return "NA";
            var chars = CharsByArticles.GetOrAdd(articles, n => SyntheticCorpus.Build(SyntheticCorpus.FindSeeds(), n).Sum(a => (long)a.Text.Length));
            return (chars / 1e6 / (stats.Mean / 1e9)).ToString("F1");
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    }
}
