using System.Diagnostics;

namespace Learnware.Server.Tests.Client;

/// <summary>
/// The <c>learnware</c> command as a real child process, with a home folder of its own (so its saved login never
/// touches the real one) and without the dock variables of the environment running the tests.
/// </summary>
internal static class LearnwareProcess
{
    public static async Task<CliRun> RunAsync(string home, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var info = CliProcessInfo.For(args);
        info.Environment["HOME"] = home;
        info.Environment.Remove("LEARNWARE_SERVER");
        info.Environment.Remove("LEARNWARE_TOKEN");
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("the learnware process did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"learnware {string.Join(' ', args)} did not end within 3 minutes");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }
}
