using System.CommandLine;
using Analysis;

namespace Analysis.Cli;

/// <summary>Exit codes and error reporting shared by every command.</summary>
internal static class CliRunner
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    /// <summary>
    /// Parses and runs; a usage error or an <see cref="InputException"/> prints one clear line and exits with 2, an
    /// <see cref="ArticleFailedException"/> (a bug met on one article) one clear line and exits with 1.
    /// </summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Try 'analysis --help'.");
            return BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (ArticleFailedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Failed;
        }
    }
}
