using Microsoft.Extensions.Logging;

namespace Learnware.Benchmarks;

/// <summary>Progress lines on standard error, with the time since the run started.</summary>
internal sealed class ConsoleLogger<T> : ILogger<T>
{
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        Console.Error.WriteLine($"[{_watch.Elapsed:mm\\:ss}] {formatter(state, exception)}{(exception is null ? "" : $": {exception}")}");
    }
}
