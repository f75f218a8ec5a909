namespace Learnware.Server.Tests.Process;

/// <summary>The same queue run on SQLite: one dock process checks every version exactly once.</summary>
[Collection(DockProcessCollection.Name)]
public sealed class SqliteQueueProcessTests : IAsyncLifetime
{
    private readonly DockProcesses _docks = new();

    [Fact]
    public Task OneDock_ChecksEveryVersionExactlyOnce_AndAllEndUsable() => _docks.RunAsync(async () =>
    {
        var data = _docks.Path("dock");
        var dock = await _docks.StartAsync(data);

        var claimed = await QueueRun.SubmitAndVerifyAsync(data, null, [dock]);

        Assert.Equal([QueueRun.Versions], claimed);
    });

    public Task InitializeAsync() => _docks.InitializeAsync();

    public Task DisposeAsync() => _docks.DisposeAsync();
}
