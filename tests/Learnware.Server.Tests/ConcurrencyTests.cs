namespace Learnware.Server.Tests;

/// <summary>Many clients at once, in process: parallel uploads all land and are checked; parallel searches all answer.</summary>
public sealed class ConcurrencyTests(DockFactory factory) : IClassFixture<DockFactory>
{
    [Fact]
    public async Task TwentyParallelUploads_AllAccepted_AndAllChecked_ThenAHundredParallelSearchesAllAnswer()
    {
        var (client, _) = await factory.NewUserClientAsync();

        var ids = await ParallelTraffic.UploadAllAsync(client, 20);
        await ParallelTraffic.WaitAllListedAsync(client, ids, TimeSpan.FromMinutes(2));
        await ParallelTraffic.SearchAllAsync(client, 100, 20);
    }
}
