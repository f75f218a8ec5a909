using System.Diagnostics;
using Xunit;

namespace Learnware.TestSupport;

/// <summary>
/// The <c>learnware</c> command run as a real child process (<c>dotnet learnware.dll ARGS</c> from the test's output
/// folder), as a user runs it: its own process, its own console, nothing shared with the test.
/// </summary>
public static class LearnwareProcess
{
    /// <summary>Runs the command to its end and asserts that it exited 0.</summary>
    public static CliRun Succeeds(TimeSpan timeout, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "learnware.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project must reference Learnware.Cli");
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("the learnware process did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"learnware {string.Join(' ', args)} still ran after {timeout}");
        }
        var run = new CliRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
