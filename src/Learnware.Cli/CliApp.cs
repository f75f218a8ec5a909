using System.CommandLine;
using Learnware.Cli.Commands;
using Learnware.Cli.Remote;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Specifications;

namespace Learnware.Cli;

/// <summary>The <c>learnware</c> command: builds the command tree and runs one command line.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line and returns its exit code (0 ok, 1 check failed, 2 usage or input error).</summary>
    public static int Run(string[] args, CliConsole console, CliEnvironment? environment = null)
    {
        environment ??= CliEnvironment.FromProcess();
        var root = new RootCommand("Learnware Dock: make specifications, pack, check and run learnwares.")
        {
            SpecCommands.Create(console),
            PackCommand.Create(console),
            CheckCommand.Create(console),
            PredictCommand.Create(console),
            MarketCommands.Create(console),
            ReuseCommand.Create(console),
            LoginCommands.Login(console, environment),
            LoginCommands.Logout(console, environment),
            UploadCommand.Create(console, environment),
            RemoteLearnwareCommands.Status(console, environment),
            RemoteSearchCommand.Create(console, environment),
            DownloadCommand.Create(console, environment),
            RemoteLearnwareCommands.List(console, environment),
            RemoteLearnwareCommands.Delete(console, environment),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                console.Error.WriteLine($"error: {error.Message}");
            console.Error.WriteLine("Run 'learnware --help' (or the command with --help) for usage.");
            return CliExitCode.UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>Runs a command body, turning input problems into an error line and exit code 2.</summary>
    public static int Guard(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (IsInputError(e))
        {
            console.Error.WriteLine($"error: {MessageOf(e)}");
            return CliExitCode.UsageError;
        }
    }

    /// <inheritdoc cref="Guard"/>
    public static async Task<int> GuardAsync(CliConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (IsInputError(e))
        {
            console.Error.WriteLine($"error: {MessageOf(e)}");
            return CliExitCode.UsageError;
        }
    }

    /// <summary>The exception's message for the user: without the "(Parameter 'name')" that .NET adds to argument errors.</summary>
    private static string MessageOf(Exception e) =>
        e is InvalidOperationException { InnerException: System.Data.Common.DbException store }
            ? $"the market database failed: {store.Message}"
            : e is System.Data.Common.DbException direct
            ? $"the market database failed: {direct.Message}"
            : e is ArgumentException { ParamName: { } name } && e.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? e.Message[..^$" (Parameter '{name}')".Length]
            : e.Message;

    private static bool IsInputError(Exception e) => e is UsageException or InvalidDataException or SpecificationException
        or PackageFormatException or ManifestException or ModelException
        or IOException or UnauthorizedAccessException or ArgumentException
        or Learnware.Market.Storage.MarketStoreException or Learnware.Images.ImageFormatException or System.Data.Common.DbException
        or InvalidOperationException { InnerException: System.Data.Common.DbException };
}
