using System.Diagnostics;
using System.Runtime;

namespace Learnware.Benchmarks.ColdStart;

/// <summary>Times the phases of one cold run: wall time, and how much of it the JIT spent compiling, per phase.</summary>
internal sealed class PhaseClock
{
    private readonly List<Phase> _phases = [];

    /// <summary>A phase: its wall time, the JIT's compilation time within it and the methods it compiled.</summary>
    public sealed record Phase(string Name, double Seconds, double JitSeconds, int JitMethods);

    public IReadOnlyList<Phase> Phases => _phases;

    /// <summary>The time from the process's start to now: the runtime's own start before any of our code runs.</summary>
    public void RecordRuntimeStart()
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        _phases.Add(new Phase("runtime start", sinceStart.TotalSeconds, JitInfo.GetCompilationTime().TotalSeconds,
            (int)JitInfo.GetCompiledMethodCount()));
    }

    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> work)
    {
        var (jit, methods) = (JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
        var watch = Stopwatch.StartNew();
        var result = await work();
        _phases.Add(new Phase(name, watch.Elapsed.TotalSeconds, (JitInfo.GetCompilationTime() - jit).TotalSeconds,
            (int)(JitInfo.GetCompiledMethodCount() - methods)));
        return result;
    }

    public T Time<T>(string name, Func<T> work) => TimeAsync(name, () => Task.FromResult(work())).GetAwaiter().GetResult();
}
