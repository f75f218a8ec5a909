using Learnware.Market;
using Learnware.Market.Storage;
using Learnware.Tests.Security;
using Microsoft.Extensions.Time.Testing;

namespace Learnware.Server.Tests;

/// <summary>The verification queue: the time limit on checks, and work left claimed by a stopped dock.</summary>
public sealed class QueueTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task ChecksThatOutrunTheTimeLimit_RejectTheVersion_WithThatReason()
    {
        // A model that never ends, so the checks outrun the limit however fast the machine is.
        using var dock = new DockFactory(seed: false, checkTimeLimit: TimeSpan.FromSeconds(2));
        var (client, _) = await dock.NewUserClientAsync();
        var endless = DockPackages.RegressorWithModel("Endless regressor", (input, output) => HostileLoops.Endless(input, output), seed: 21);

        var id = (await (await client.UploadAsync(endless)).JsonAsync())
            .GetProperty("id").GetString()!;
        var stored = await WaitCheckedAsync(dock.Dock.Store, id);

        Assert.Equal(LearnwareStatus.Rejected, stored.Status);
        Assert.Contains(CheckLogJson.Parse(stored.CheckLog!).Failures, f => f.Contains("did not finish within", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AVersionLeftCheckingByAStoppedDock_GoesBackToTheQueueOnStart_AndIsChecked()
    {
        var data = _folder.Path("dock");
        var longAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        string id;
        // A dock that claimed a version an hour ago and stopped before recording the checks.
        using (var crashed = await LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = data, TimeProvider = longAgo }))
        {
            id = (await crashed.SubmitAsync(DockPackages.Classifier("Interrupted check classifier", seed: 22), "alice")).Id;
            Assert.NotNull(await crashed.Store.ClaimNextAsync());
            Assert.Equal(LearnwareStatus.Checking, (await crashed.Store.GetAsync(id))!.Status);
        }

        using var restarted = new DockFactory(seed: false, dataFolder: data);
        _ = restarted.CreateClient();
        var stored = await WaitCheckedAsync(restarted.Dock.Store, id);

        Assert.Equal(LearnwareStatus.Usable, stored.Status);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<StoredLearnware> WaitCheckedAsync(MarketStore store, string id)
    {
        // Bounded: a check of a small model takes well under a second.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var stored = await store.GetAsync(id);
            if (stored?.Status is LearnwareStatus.Usable or LearnwareStatus.Rejected)
                return stored;
            await Task.Delay(100);
        }

        throw new TimeoutException($"learnware {id} was not checked within a minute");
    }
}
