using System.Net;
using Learnware.Client;

namespace Learnware.Cli.Remote;

/// <summary>
/// Runs a remote command: resolves the dock, and turns what can go wrong on the way into one clear error line and
/// exit code 2 (the dock cannot be reached, the token is refused, the dock refuses the request), as input errors are.
/// </summary>
internal static class RemoteCli
{
    public static Task<int> RunAsync(CliConsole console, CliEnvironment environment, Func<LearnwareDockClient, DockConnection, Task<int>> body) =>
        CliApp.GuardAsync(console, async () =>
        {
            var connection = DockConnection.Resolve(environment);
            using var client = connection.CreateClient();
            try
            {
                return await body(client, connection);
            }
            catch (HttpRequestException e) when (e.StatusCode is null)
            {
                console.Error.WriteLine($"error: cannot reach the dock at {connection.Server}: {e.Message}");
            }
            catch (DockProblemException e)
            {
                console.Error.WriteLine($"error: {Explain(e, connection)}");
            }

            return CliExitCode.UsageError;
        });

    /// <summary>What the user should know about a refusal, and what to do about it.</summary>
    public static string Explain(DockProblemException problem, DockConnection connection) => problem.Status switch
    {
        HttpStatusCode.Unauthorized => connection.Token is null
            ? $"the dock at {connection.Server} needs a token for this (401): run 'learnware login --server {connection.Server} --token TOKEN'"
            : $"the dock at {connection.Server} does not accept the token (401: expired, revoked or unknown): run 'learnware login --server {connection.Server} --token TOKEN' with a valid one",
        HttpStatusCode.Forbidden =>
            $"the dock refused (403{Reason(problem)}): uploading and deleting need a token with the 'write' scope, and only a learnware's owner or an administrator may change it",
        _ => $"the dock refused ({(int)problem.Status} {problem.Title}){(problem.Detail is { } detail ? $": {detail}" : "")}",
    };

    private static string Reason(DockProblemException problem) => problem.Detail is { } detail ? $": {detail}" : "";
}
