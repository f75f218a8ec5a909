using System.Diagnostics;

namespace Learnware.TestSupport;

/// <summary>How to start the <c>learnware</c> command as a real child process: the test host's <c>dotnet</c> running the built <c>learnware.dll</c>.</summary>
public static class CliProcessInfo
{
    /// <summary>A start for <c>learnware ARGS</c> with standard output and error redirected.</summary>
    public static ProcessStartInfo For(IEnumerable<string> args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "learnware.dll");
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return info;
    }
}
