namespace Learnware.Server.Tests.Process;

/// <summary>
/// Many clients at once through a real dock process and its sockets: 20 parallel uploads, all accepted and all checked,
/// then 100 parallel searches, all answered alike. Every request and wait is bounded.
/// </summary>
[Collection(DockProcessCollection.Name)]
public sealed class ProcessConcurrencyTests : IAsyncLifetime
{
    private readonly DockProcesses _docks = new();

    [Fact]
    public Task TwentyParallelUploads_AllBecomeUsable_ThenAHundredParallelSearchesAllAnswer() => _docks.RunAsync(async () =>
    {
        var dock = await _docks.StartAsync(_docks.Path("dock"));
        using var client = await dock.AuthorizedClientAsync();

        var ids = await ParallelTraffic.UploadAllAsync(client, 20);
        await ParallelTraffic.WaitAllListedAsync(client, ids, TimeSpan.FromSeconds(45));
        await ParallelTraffic.SearchAllAsync(client, 100, 20);

        Assert.All(ids, id => Assert.Equal(1, dock.CountOutputLines($"Checking learnware {id} version 1")));
    });

    public Task InitializeAsync() => _docks.InitializeAsync();

    public Task DisposeAsync() => _docks.DisposeAsync();
}
