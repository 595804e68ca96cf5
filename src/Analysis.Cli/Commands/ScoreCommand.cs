using System.CommandLine;

namespace Analysis.Cli.Commands;

internal static class ScoreCommand
{
    // STUB: replaced by the owner of this command.
    public static Command Create() => new("score", "(not yet implemented)");
}
