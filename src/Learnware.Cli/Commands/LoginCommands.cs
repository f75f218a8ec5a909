using System.CommandLine;
using Learnware.Cli.Remote;
using Learnware.Client;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware login</c> (check a token against a dock and save both) and <c>learnware logout</c>.</summary>
internal static class LoginCommands
{
    public static Command Login(CliConsole console, CliEnvironment environment)
    {
        var server = new Option<string>("--server") { Description = "the dock's URL, such as http://127.0.0.1:5080", Required = true };
        var token = new Option<string>("--token") { Description = "an API token made on the dock (POST /api/v1/tokens)", Required = true };
        var command = new Command("login", $"Check a token against a dock and save both in {Path.Combine("~", ".learnware-dock", "config.json")}.")
        {
            server, token,
        };
        command.SetAction((parse, cancellationToken) => CliApp.GuardAsync(console, async () =>
        {
            var connection = new DockConnection(DockConnection.ParseServer(parse.GetRequiredValue(server)), parse.GetRequiredValue(token));
            using var client = connection.CreateClient();
            LearnwarePage mine;
            try
            {
                // Listing one's own learnwares needs a valid token: the dock answers 401 to any other.
                mine = await client.ListAsync(new ListRequest { Mine = true, PageSize = 1 }, cancellationToken);
            }
            catch (HttpRequestException e) when (e.StatusCode is null)
            {
                throw new UsageException($"cannot reach the dock at {connection.Server}: {e.Message}; nothing was saved");
            }
            catch (DockProblemException e)
            {
                throw new UsageException($"{RemoteCli.Explain(e, connection)}; nothing was saved");
            }

            new DockConfig(connection.Server.AbsoluteUri, connection.Token!).Save(environment.ConfigFile);
            console.Out.WriteLine($"logged in to {connection.Server} ({mine.Total} learnware{(mine.Total == 1 ? "" : "s")} of yours); saved in {environment.ConfigFile}");
            return CliExitCode.Ok;
        }));
        return command;
    }

    public static Command Logout(CliConsole console, CliEnvironment environment)
    {
        var command = new Command("logout", "Forget the saved dock and token.");
        command.SetAction(_ => CliApp.Guard(console, () =>
        {
            if (!File.Exists(environment.ConfigFile))
            {
                console.Out.WriteLine("not logged in");
                return CliExitCode.Ok;
            }
            File.Delete(environment.ConfigFile);
            console.Out.WriteLine($"logged out: removed {environment.ConfigFile}");
            return CliExitCode.Ok;
        }));
        return command;
    }
}
