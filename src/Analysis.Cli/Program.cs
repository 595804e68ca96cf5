using System.CommandLine;
using Analysis.Cli;
using Analysis.Cli.Commands;

// `analysis`: who said what, when, and how in the news. Each command lives in Commands/.
var root = new RootCommand(
    "analysis: turn news articles into attributed, dated, scored statements, and chart them.\n" +
    "Start with:  analysis report --corpus seeds   (extracts the statements, runs the notebooks, writes an HTML report)")
{
    ExtractCommand.Create(),
    ScoreCommand.Create(),
    NotebooksCommand.Create(),
    ReportCommand.Create(),
};
return CliRunner.Run(root, args);
