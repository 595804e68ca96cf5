using System.CommandLine;

namespace Analysis.Cli.Commands;

internal static class NotebooksCommand
{
    // STUB: replaced by the owner of this command.
    public static Command Create() => new("notebooks", "(not yet implemented)");
}
