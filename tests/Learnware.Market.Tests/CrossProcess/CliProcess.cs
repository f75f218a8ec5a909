using System.Diagnostics;

namespace Learnware.Market.Tests.CrossProcess;

/// <summary>The <c>learnware</c> command run as a real child process, as another user of the same market would run it.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly Task<string> _error;

    private CliProcess(Process process)
    {
        _process = process;
        _out = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>learnware ARGS</c>; <paramref name="database"/> sets the market database variable (unset when null).</summary>
    public static CliProcess Start(string? database, params string[] args)
    {
        var info = CliProcessInfo.For(args);
        info.Environment.Remove("LEARNWARE_MARKET_DATABASE");
        if (database is not null)
            info.Environment["LEARNWARE_MARKET_DATABASE"] = database;
        return new CliProcess(Process.Start(info) ?? throw new InvalidOperationException("the learnware process did not start"));
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the process to end by itself; false if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Ends the process with SIGKILL: no handler, no cleanup, as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<(int ExitCode, string Out, string Error)> ResultAsync()
    {
        await _process.WaitForExitAsync();
        return (_process.ExitCode, await _out, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
