using System.Diagnostics;
using Xunit;

namespace Learnware.TestSupport;

/// <summary>
/// The <c>learnware</c> command run as a real child process (<c>dotnet learnware.dll ARGS</c> from the test's output
/// folder), as a user runs it: its own process, its own console, nothing shared with the test.
/// </summary>
public static class LearnwareProcess
{
    private static readonly TimeSpan RemoteTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs the command to its end and asserts that it exited 0.</summary>
    public static CliRun Succeeds(TimeSpan timeout, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "learnware.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project must reference Learnware.Cli");
        var run = RunAsync(CliProcessInfo.For(args), timeout).GetAwaiter().GetResult();
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    /// <summary>
    /// Runs the command with a home folder of its own (so its saved login never touches the real one), without the
    /// dock variables of the environment running the tests, and with <paramref name="variables"/> set.
    /// </summary>
    public static Task<CliRun> RunAsync(string home, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var info = CliProcessInfo.For(args);
        info.Environment["HOME"] = home;
        info.Environment.Remove("LEARNWARE_SERVER");
        info.Environment.Remove("LEARNWARE_TOKEN");
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        return RunAsync(info, RemoteTimeout);
    }

    private static async Task<CliRun> RunAsync(ProcessStartInfo info, TimeSpan timeout)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException("the learnware process did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"learnware {string.Join(' ', info.ArgumentList.Skip(1))} did not end within {timeout}");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }
}
