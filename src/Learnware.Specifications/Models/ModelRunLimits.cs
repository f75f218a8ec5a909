namespace Learnware.Models;

/// <summary>
/// Bounds on running an untrusted model: a wall-clock limit and a memory budget. A run that exceeds either is stopped
/// through ONNX Runtime's terminate flag (checked before every node, inside Loop, Scan and If bodies too) and
/// refused with the reason.
/// </summary>
public sealed record ModelRunLimits
{
    private const long MiB = 1024 * 1024;

    /// <summary>No bounds: for models the caller trusts.</summary>
    public static ModelRunLimits None { get; } = new() { WallClock = Timeout.InfiniteTimeSpan, MemoryBytes = long.MaxValue };

    /// <summary>Longest one prediction call (all its batches together) may run.</summary>
    public TimeSpan WallClock { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Most bytes the process's resident memory may grow by while the model runs. It is measured on the whole
    /// process, so a worker that enforces it runs one model at a time.
    /// </summary>
    public long MemoryBytes { get; init; } = 2048 * MiB;

    /// <summary>How often the watchdog looks at the clock and the memory.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    internal bool IsUnbounded => WallClock == Timeout.InfiniteTimeSpan && MemoryBytes == long.MaxValue;

    internal void Validate()
    {
        if (WallClock != Timeout.InfiniteTimeSpan && WallClock <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(WallClock), WallClock, "must be positive or infinite");
        if (MemoryBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(MemoryBytes), MemoryBytes, "must be positive");
        if (PollInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "must be positive");
    }
}
