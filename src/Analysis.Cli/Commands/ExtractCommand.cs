using System.CommandLine;

namespace Analysis.Cli.Commands;

internal static class ExtractCommand
{
    // STUB: being written.
    public static Command Create() => new("extract", "(not yet implemented)");
}
