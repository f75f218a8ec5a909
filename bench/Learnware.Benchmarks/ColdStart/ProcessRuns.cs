using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Learnware.Benchmarks.ColdStart;

/// <summary>What the process-timing runners share: their options, medians, and how they start a program.</summary>
internal static class ProcessRuns
{
    public static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>A start of <paramref name="executable"/> with both outputs redirected.</summary>
    public static ProcessStartInfo StartInfo(string executable, IEnumerable<string> args)
    {
        // A framework-dependent build may be given as its dll, which the dotnet host runs.
        var start = executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { executable } }
            : new ProcessStartInfo(executable);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return start;
    }

    /// <summary>Wall time of one fresh process, from its start to its exit; a failing command stops the run.</summary>
    public static double TimeProcess(string cli, string[] args)
    {
        var start = StartInfo(cli, args);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {cli}");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        double seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"learnware {string.Join(' ', args)} exited with {process.ExitCode}: {error.Result}");
        return seconds;
    }

    /// <summary>A loopback port free at the time of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
