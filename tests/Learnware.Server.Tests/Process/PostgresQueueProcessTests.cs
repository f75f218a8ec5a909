using Learnware.Market.Tests.Storage;

namespace Learnware.Server.Tests.Process;

/// <summary>
/// The queue through real processes on PostgreSQL: two <c>--worker-only</c> processes sharing one database (a fresh one
/// per test) and one blob folder never check a version twice, and both take part.
/// </summary>
[Collection(DockProcessCollection.Name)]
public sealed class PostgresQueueProcessTests : IAsyncLifetime
{
    private readonly DockProcesses _docks = new();
    private readonly PostgresDatabaseFixture _database = new();

    [PostgresFact]
    public Task TwoWorkers_CheckEveryVersionExactlyOnce_AndAllEndUsable() => _docks.RunAsync(async () =>
    {
        var data = _docks.Path("dock");
        var shared = new Dictionary<string, string> { [DockOptions.DatabaseVariable] = _database.ConnectionString };
        var workers = await Task.WhenAll(_docks.StartAsync(data, shared, "--worker-only"), _docks.StartAsync(data, shared, "--worker-only"));

        var claimed = await QueueRun.SubmitAndVerifyAsync(data, _database.ConnectionString, workers);

        Assert.All(claimed, count => Assert.True(count > 0, $"a worker claimed nothing: {string.Join(" + ", claimed)}"));
        Assert.Equal(QueueRun.Versions, claimed.Sum());
    });

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        // The workers first: they hold connections to the database about to be dropped.
        await _docks.DisposeAsync();
        await _database.DisposeAsync();
    }
}
