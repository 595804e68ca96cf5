namespace Analysis.Tests.Cli;

/// <summary>Runs the real `analysis` CLI (the built Analysis.Cli.dll) in a child process, as a user would.</summary>
public static class CliProcess
{
    public static ExternalProcess.Result Run(params string[] args) => RunIn(Directory.GetCurrentDirectory(), args);

    public static ExternalProcess.Result RunIn(string workingDirectory, params string[] args) =>
        ExternalProcess.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "Analysis.Cli.dll"), .. args], workingDirectory);
}
