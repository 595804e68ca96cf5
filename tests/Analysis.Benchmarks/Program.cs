using Analysis.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Analysis.Benchmarks -- --filter "*"   runs every benchmark (PipelineStages: MB/s per stage; ExtractionThroughput: whole pipeline on 10,000 articles)
// dotnet run -c Release --project tests/Analysis.Benchmarks -- corpus FILE.jsonl N
//                                                                       writes N synthetic articles as a JSON-lines corpus
if (args is ["corpus", var path, var count])
{
    SyntheticCorpusFile.Write(path, int.Parse(count));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionThroughput).Assembly).Run(args);
