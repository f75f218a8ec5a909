using System.Diagnostics;
using System.Globalization;
using System.Runtime;

/// <summary>
/// Loaded into a CLI process by the cold-start runner (<c>DOTNET_STARTUP_HOOKS</c>): at exit it appends the process's
/// JIT time, compiled method count and total time to the file named by <see cref="ReportVariable"/>, so that the
/// runner can tell how much of a cold command is JIT even in a ReadyToRun build it did not compile.
/// </summary>
internal static class StartupHook
{
    public const string ReportVariable = "LEARNWARE_COLD_START_REPORT";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(ReportVariable) is not { Length: > 0 } path)
            return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var total = DateTime.Now - Process.GetCurrentProcess().StartTime;
            File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"{JitInfo.GetCompilationTime().TotalSeconds} {JitInfo.GetCompiledMethodCount()} {total.TotalSeconds}\n"));
        };
    }
}
