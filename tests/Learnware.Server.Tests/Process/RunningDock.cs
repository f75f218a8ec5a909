namespace Learnware.Server.Tests.Process;

/// <summary>One real dock process for a whole test class, started empty and killed when the class is done.</summary>
public sealed class RunningDock : IAsyncLifetime
{
    /// <summary>The class's processes; its failures carry their output.</summary>
    public DockProcesses Processes { get; } = new();

    /// <summary>The dock.</summary>
    public DockProcess Dock { get; private set; } = null!;

    public async Task InitializeAsync() => Dock = await Processes.StartAsync(Processes.Path("dock"));

    public Task DisposeAsync() => Processes.DisposeAsync();
}
