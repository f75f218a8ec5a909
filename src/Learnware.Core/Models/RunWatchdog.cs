using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;

namespace Learnware.Models;

/// <summary>
/// Watches one model run against its <see cref="ModelRunLimits"/>: a timer looks at the elapsed time and at the growth of
/// the process's resident memory, and sets the run's terminate flag once either goes past its limit.
/// </summary>
internal sealed class RunWatchdog : IDisposable
{
    private readonly RunOptions _runOptions;
    private readonly ModelRunLimits _limits;
    private readonly long _deadline;
    private readonly long _baselineMemory;
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private volatile string? _reason;
    private bool _disposed;

    /// <param name="runOptions">The options of the run to stop.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="started">The <see cref="Stopwatch"/> timestamp the wall-clock limit counts from.</param>
    public RunWatchdog(RunOptions runOptions, ModelRunLimits limits, long started)
    {
        _runOptions = runOptions;
        _limits = limits;
        _deadline = limits.WallClock == Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : started + (long)(limits.WallClock.TotalSeconds * Stopwatch.Frequency);
        _baselineMemory = ResidentBytes();
        if (!limits.IsUnbounded)
        {
            CheckNow();
            _timer = new Timer(_ => CheckNow(), null, limits.PollInterval, limits.PollInterval);
        }
    }

    /// <summary>Why the run was stopped, or null while it is within its limits.</summary>
    public string? Reason => _reason;

    /// <summary>Stops watching; after this the run's options are never touched again, so they can be disposed.</summary>
    public void Dispose()
    {
        lock (_gate)
            _disposed = true;
        _timer?.Dispose();
    }

    private void CheckNow()
    {
        lock (_gate)
        {
            if (!_disposed && _reason is null)
                CheckLimits();
        }
    }

    private void CheckLimits()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
            Stop($"it ran past its wall-clock limit of {_limits.WallClock.TotalSeconds:0.###} s");
        else if (ResidentBytes() - _baselineMemory is var grown && grown > _limits.MemoryBytes)
            Stop($"its memory grew by {grown / (1024 * 1024)} MiB, past its budget of {_limits.MemoryBytes / (1024 * 1024)} MiB");
    }

    private void Stop(string reason)
    {
        _reason = reason;
        _runOptions.Terminate = true;
    }

    private static long ResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
