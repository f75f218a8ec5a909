using System.Net;
using System.Net.Sockets;
using Learnware.Market.Storage;
using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.CrossProcess;

/// <summary>
/// Processes sharing one market folder: the per-package lock holds across processes (a lock file per stripe), a
/// process killed mid-add leaves neither a stuck lock nor a row without its package, and a database that cannot be
/// reached is a clear error.
/// </summary>
public class CrossProcessStoreTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    private string Package(string name)
    {
        var learnware = ClusterSet.Shared.Learnwares[0];
        return folder.SpecAndPack(name, learnware.Onnx, ClusterPackages.SemanticText(learnware.Name, ClusterSet.Dimension), learnware.Rows).Zip;
    }

    /// <summary>Every version's package is in the blob store: no row points at a blob that is gone.</summary>
    private static async Task AssertEveryRowHasItsPackage(string root)
    {
        using var store = await MarketStore.OpenAsync(new MarketStoreOptions { Root = root });
        foreach (var learnware in await store.ListAsync(0, 1000))
        {
            foreach (var version in await store.ListVersionsAsync(learnware.Id))
                Assert.True(await store.Blobs.ExistsAsync(version.PackageSha256), $"{version.Id} v{version.Version} has no package");
        }
    }

    [Fact]
    public async Task TwoLockSetsOnOneFolder_TakeAKeyOneAtATime()
    {
        var locks = folder.Path("locks-" + Guid.NewGuid().ToString("N")[..8]);
        var first = new KeyLocks(locks);
        var second = new KeyLocks(locks);

        var held = await first.AcquireAsync("abc", CancellationToken.None);
        var waiting = second.AcquireAsync("abc", CancellationToken.None);
        await Task.Delay(300);

        Assert.False(waiting.IsCompleted, "a second lock set took a key the first one holds");
        held.Dispose();
        (await waiting.WaitAsync(Generous)).Dispose();
    }

    [Fact]
    public async Task AnAddInAnotherProcess_WaitsWhileThisProcessHoldsThePackagesLock()
    {
        var root = folder.NewRoot();
        var zip = Package("held");
        var sha = ContentAddress.Of(await File.ReadAllBytesAsync(zip));
        var locks = new KeyLocks(new MarketStoreOptions { Root = root }.LockFolder);

        using (await locks.AcquireAsync(sha, CancellationToken.None))
        {
            using var child = CliProcess.Start(null, "market", "add", zip, "--root", root);
            if (await child.WaitAsync(TimeSpan.FromSeconds(10)))
                Assert.Fail($"the add finished while another process held the lock: {await child.ResultAsync()}");
            await child.KillAsync();
        }

        // Killed while waiting for the lock, after its check: nothing of it is stored, and the lock is free again.
        await AssertEveryRowHasItsPackage(root);
        using (var store = await MarketStore.OpenAsync(new MarketStoreOptions { Root = root }))
            Assert.Equal(0, await store.CountAsync());
        using var again = CliProcess.Start(null, "market", "add", zip, "--root", root);
        Assert.True(await again.WaitAsync(Generous));
        Assert.Equal(0, (await again.ResultAsync()).ExitCode);
    }

    [Fact]
    public async Task AProcessKilledMidAdd_LeavesNoStuckLockAndNoRowWithoutItsPackage()
    {
        var root = folder.NewRoot();
        var zip = Package("killed");
        var sha = ContentAddress.Of(await File.ReadAllBytesAsync(zip));
        var random = new Random(5);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var child = CliProcess.Start(null, "market", "add", zip, "--root", root);
            await Task.Delay(random.Next(300, 4000));
            await child.KillAsync();

            // The kernel dropped the killed process's lock.
            var locks = new KeyLocks(new MarketStoreOptions { Root = root }.LockFolder);
            (await locks.AcquireAsync(sha, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
            await AssertEveryRowHasItsPackage(root);
        }

        var final = CliRun.Of("market", "add", zip, "--root", root);
        Assert.True(final.ExitCode == 0 || final.Error.Contains(sha, StringComparison.Ordinal), final.ToString());
        await AssertEveryRowHasItsPackage(root);
    }

    [Fact]
    public async Task ConcurrentAddsAndRemovesOfTheSameBytes_InSeveralProcesses_KeepEveryRowsPackage()
    {
        var root = folder.NewRoot();
        var zip = Package("race");
        var first = CliRun.Succeeds("market", "add", zip, "--root", root).Out[..12];
        for (var round = 0; round < 2; round++)
        {
            using var store = await MarketStore.OpenAsync(new MarketStoreOptions { Root = root });
            var ids = (await store.ListAsync(0, 100)).Select(l => l.Id).ToArray();
            var children = ids.Select(id => CliProcess.Start(null, "market", "remove", id, "--root", root))
                .Append(CliProcess.Start(null, "market", "add", zip, "--root", root))
                .Append(CliProcess.Start(null, "market", "add", zip, "--root", root))
                .ToArray();
            foreach (var child in children)
            {
                Assert.True(await child.WaitAsync(Generous), "a market process did not finish");
                child.Dispose();
            }

            await AssertEveryRowHasItsPackage(root);
        }

        Assert.NotEmpty(first);
    }

    [Fact]
    public async Task AnUnreachableDatabase_IsAClearErrorWithExitCode2()
    {
        // A port that was just free: nothing listens on it.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var database = $"Host=127.0.0.1;Port={port};Username=nobody;Password=none;Database=market;Timeout=5";

        using var child = CliProcess.Start(database, "market", "list", "--root", folder.NewRoot());
        Assert.True(await child.WaitAsync(Generous));
        var (exitCode, _, error) = await child.ResultAsync();

        Assert.True(exitCode == 2, $"exit {exitCode}: {error}");
        Assert.StartsWith("error: cannot open the market database (Postgres): ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
