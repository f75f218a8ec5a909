namespace Learnware.Server.Tests.Process;

/// <summary>
/// The dock processes of one test, on data folders of its own: each started here is killed when the test ends, and a
/// failing test's message carries every process's output.
/// </summary>
public sealed class DockProcesses : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private readonly List<DockProcess> _started = [];

    /// <summary>A path in the test's own folder.</summary>
    public string Path(string name) => _folder.Path(name);

    /// <summary>Starts a dock (see <see cref="DockProcess.StartAsync"/>) that ends with the test.</summary>
    public async Task<DockProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string>? environment = null,
        params string[] arguments)
    {
        var dock = await DockProcess.StartAsync(dataFolder, environment, arguments);
        lock (_started)
            _started.Add(dock);
        return dock;
    }

    /// <summary>Runs <paramref name="test"/>; if it fails, the failure also shows what every dock wrote.</summary>
    public async Task RunAsync(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch (Exception e)
        {
            DockProcess[] docks;
            lock (_started)
                docks = [.. _started];
            throw new DockTestFailure($"{e.Message}\n\n{string.Join("\n\n", docks.Select(d => d.Describe()))}", e);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var dock in _started)
            await dock.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>A failed test of real dock processes, with their output.</summary>
    public sealed class DockTestFailure(string message, Exception inner) : Exception(message, inner);
}
