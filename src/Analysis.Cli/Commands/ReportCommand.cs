using System.CommandLine;

namespace Analysis.Cli.Commands;

internal static class ReportCommand
{
    // STUB: replaced by the owner of this command.
    public static Command Create() => new("report", "(not yet implemented)");
}
