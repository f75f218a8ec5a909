using System.Net;
using Learnware.Market.Storage;
using Learnware.Tests.Security;

namespace Learnware.Server.Tests.Process;

/// <summary>
/// A real dock killed with SIGKILL in the middle of its work, then restarted on the same data folder: nothing half
/// written survives, nothing accepted is lost, and the queue finishes what was left.
/// </summary>
[Collection(DockProcessCollection.Name)]
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int MiB = 1024 * 1024;

    private readonly DockProcesses _docks = new();

    [Fact]
    public Task ADockKilledDuringAnUpload_RestartsHealthy_WithNoRecordBlobOrTemporaryFile_AndTakesTheUploadAgain() => _docks.RunAsync(async () =>
    {
        var data = _docks.Path("dock");
        // Where ASP.NET Core buffers a large form to disk, so the test can see whether the half upload left a file.
        var formBuffers = Directory.CreateDirectory(_docks.Path("form-buffers")).FullName;
        var environment = new Dictionary<string, string> { ["ASPNETCORE_TEMP"] = formBuffers };
        var first = await _docks.StartAsync(data, environment);
        var body = new StallingUpload(declaredBytes: 64 * MiB, sentBytes: 4 * MiB);
        using (var client = await first.AuthorizedClientAsync())
        using (var form = new MultipartFormDataContent { { body, UploadedPackage.Field, "large.zip" } })
        using (var abandon = new CancellationTokenSource(TimeSpan.FromSeconds(40)))
        {
            var upload = client.PostAsync("/api/v1/learnwares", form, abandon.Token);
            await body.Sent.WaitAsync(TimeSpan.FromSeconds(20));
            // Long enough for the dock to take in the first megabytes; the rest never comes.
            await Task.Delay(TimeSpan.FromSeconds(1));

            first.Kill();

            await abandon.CancelAsync();
            Assert.NotNull(await Record.ExceptionAsync(() => upload));
        }

        var restarted = await _docks.StartAsync(data, environment);

        using (var store = await DockDataFolder.OpenStoreAsync(data))
        {
            Assert.Equal(0, await store.CountAsync());
            Assert.Equal(0, await DockDataFolder.BlobCountAsync(store));
        }

        Assert.Empty(DockDataFolder.UnfinishedBlobWrites(data));
        Assert.Empty(Directory.GetFiles(formBuffers, "*", SearchOption.AllDirectories));
        using var again = await restarted.AuthorizedClientAsync();
        var package = DockPackages.Classifier("Uploaded again after a crash", seed: 31);
        var response = await again.UploadAsync(package);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal("usable", (await again.WaitUsableAsync(id)).GetProperty("status").GetString());
        Assert.Equal(package, await again.GetByteArrayAsync($"/api/v1/learnwares/{id}/package"));
    });

    [Fact]
    public Task ADockKilledDuringACheck_PutsTheVersionBackInTheQueueOnRestart_AndChecksItExactlyOnce() => _docks.RunAsync(async () =>
    {
        var data = _docks.Path("dock");
        // The first dock has the default limits: its check of an endless model would last the model's full minute.
        var first = await _docks.StartAsync(data);
        var endless = DockPackages.RegressorWithModel("Endless regressor", (input, output) => HostileLoops.Endless(input, output), seed: 32);
        var waiting = DockPackages.Classifier("Classifier queued behind it", seed: 33);
        string endlessId, waitingId;
        using (var client = await first.AuthorizedClientAsync())
        {
            endlessId = await AcceptedIdAsync(await client.UploadAsync(endless));
            await first.WaitForOutputAsync($"Checking learnware {endlessId} version 1", TimeSpan.FromSeconds(30));
            waitingId = await AcceptedIdAsync(await client.UploadAsync(waiting));
        }

        first.Kill();

        using (var store = await DockDataFolder.OpenStoreAsync(data))
        {
            Assert.Equal(LearnwareStatus.Checking, (await store.GetAsync(endlessId))!.Status);
            Assert.Equal(LearnwareStatus.Pending, (await store.GetAsync(waitingId))!.Status);
        }

        // The restarted dock counts a claim abandoned after a second and gives a check two seconds.
        var restarted = await _docks.StartAsync(data, new Dictionary<string, string>
        {
            [DockOptions.AbandonedClaimAgeVariable] = "1",
            [DockOptions.CheckTimeLimitVariable] = "2",
        });
        using var again = await restarted.AuthorizedClientAsync();
        await again.WaitUsableAsync(waitingId);
        var stored = await WaitCheckedAsync(data, endlessId);

        Assert.Equal(LearnwareStatus.Rejected, stored.Status);
        Assert.Contains(CheckLogJson.Parse(stored.CheckLog!).Failures, f => f.Contains("did not finish within 2 s", StringComparison.Ordinal));
        Assert.Equal(0, first.CountOutputLines($"Verified learnware {endlessId}"));
        Assert.Equal(1, restarted.CountOutputLines($"Checking learnware {endlessId} version 1"));
        Assert.Equal(1, restarted.CountOutputLines($"Verified learnware {endlessId} version 1: rejected"));
        Assert.Equal(1, restarted.CountOutputLines($"Verified learnware {waitingId} version 1: usable"));
        using var anonymous = restarted.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/learnwares/{endlessId}")).StatusCode);
        using var store2 = await DockDataFolder.OpenStoreAsync(data);
        Assert.Equal(2, await store2.CountAsync());
        Assert.Empty(await store2.ListPendingAsync());
        Assert.Equal(2, await DockDataFolder.BlobCountAsync(store2));
        Assert.Equal(waiting, await again.GetByteArrayAsync($"/api/v1/learnwares/{waitingId}/package"));
    });

    public Task InitializeAsync() => _docks.InitializeAsync();

    public Task DisposeAsync() => _docks.DisposeAsync();

    private static async Task<string> AcceptedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Polls the data folder until the version is usable or rejected; bounded.</summary>
    private static async Task<StoredLearnware> WaitCheckedAsync(string data, string id)
    {
        using var store = await DockDataFolder.OpenStoreAsync(data);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await store.GetAsync(id) is { Status: LearnwareStatus.Usable or LearnwareStatus.Rejected } stored)
                return stored;
            await Task.Delay(100);
        }

        throw new TimeoutException($"learnware {id} was not checked within 30 s");
    }
}
