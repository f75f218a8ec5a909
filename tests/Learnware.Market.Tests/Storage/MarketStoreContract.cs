using System.Security.Cryptography;
using Learnware.Checking;
using Learnware.Market.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Learnware.Market.Tests.Storage;

/// <summary>
/// What every database the store runs on must do; each subclass names a database and inherits every test.
/// Each test has a market folder of its own and starts from an empty database.
/// </summary>
public abstract class MarketStoreContract : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "learnware-store-tests", Guid.NewGuid().ToString("N"));
    private readonly List<MarketStore> _opened = [];
    private string? _connectionString;

    // Starts at the current time, as blob files carry real modification times, and moves a millisecond per reading,
    // so that learnwares added one after another get distinct times.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>Readies an empty database; returns its connection string, or null for the default SQLite file.</summary>
    protected abstract Task<string?> PrepareDatabaseAsync();

    public async Task InitializeAsync() => _connectionString = await PrepareDatabaseAsync();

    public Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    [StoreFact]
    public async Task Add_ThenGetAndList_GiveBackEveryField()
    {
        var store = await OpenAsync();
        var submission = Submissions.Fake(Submissions.Passed, name: "Loan default", dimension: 7);
        var before = _clock.GetUtcNow();
        var added = await store.AddAsync("alice", submission);

        Assert.True(LearnwareIds.IsValid(added.Id), added.Id);
        Assert.Equal("alice", added.Owner);
        Assert.Equal(1, added.Version);
        Assert.Equal(LearnwareStatus.Usable, added.Status);
        Assert.Equal(submission.SemanticJson, added.SemanticJson);
        Assert.Equal("Loan default", added.Name);
        Assert.Equal(submission.SpecJson, added.SpecJson);
        Assert.Equal("RKMETableSpecification", added.SpecType);
        Assert.Equal(7, added.SpecDimension);
        Assert.Equal(ContentAddress.Of(submission.PackageBytes), added.PackageSha256);
        Assert.Equal(submission.PackageBytes.Length, added.PackageSize);
        Assert.InRange(added.CreatedAt, before, _clock.GetUtcNow());
        Assert.Equal(added.CreatedAt, added.UpdatedAt);
        Assert.Equal(added.CreatedAt, added.VersionCreatedAt);
        Assert.Equal(Submissions.Passed.Results, CheckLogJson.Parse(added.CheckLog!).Results);

        Assert.Equal(added, await store.GetAsync(added.Id));
        Assert.Equal(added, await store.GetAsync(added.Id, 1));
        Assert.Equal([added], await store.ListAsync());
        Assert.Equal(1, await store.CountAsync());
        Assert.Equal(submission.PackageBytes, await ReadPackageAsync(store, added.Id, 1));
        Assert.Null(await store.GetAsync(added.Id, 2));
        Assert.Null(await store.GetAsync(LearnwareIds.New()));
    }

    [StoreFact]
    public async Task EveryVersionStartsPending_AndOnlyAClaimedOneTakesTheCheckResult()
    {
        var store = await OpenAsync();
        var usable = await store.AddAsync("alice", Submissions.Fake(Submissions.Passed));
        var rejected = await store.AddAsync("alice", Submissions.Fake(Submissions.Failed));
        var pending = await store.AddAsync("bob", Submissions.Fake());

        Assert.Equal(LearnwareStatus.Usable, usable.Status);
        Assert.Equal(LearnwareStatus.Rejected, rejected.Status);
        Assert.Equal(Submissions.Failed.Failures, CheckLogJson.Parse(rejected.CheckLog!).Failures);
        Assert.Equal(LearnwareStatus.Pending, pending.Status);
        Assert.Null(pending.CheckLog);
        Assert.Equal([pending], await store.ListPendingAsync());
        Assert.Equal([usable.Id], (await store.ListLatestUsableAsync()).Select(l => l.Id));
        var unclaimed = await Assert.ThrowsAsync<MarketStoreException>(() => store.CompleteCheckAsync(pending.Id, 1, Submissions.Passed));
        Assert.Contains("is Pending", unclaimed.Message);

        Assert.True(await store.ClaimAsync(pending.Id, 1));
        Assert.False(await store.ClaimAsync(pending.Id, 1));
        Assert.Equal(LearnwareStatus.Checking, (await store.GetAsync(pending.Id))!.Status);
        Assert.Empty(await store.ListPendingAsync());
        Assert.Equal([usable.Id], (await store.ListLatestUsableAsync()).Select(l => l.Id));
        var checkedNow = await store.CompleteCheckAsync(pending.Id, 1, Submissions.Passed);

        Assert.Equal(LearnwareStatus.Usable, checkedNow.Status);
        Assert.Equal(checkedNow, await store.GetAsync(pending.Id));
        var again = await Assert.ThrowsAsync<MarketStoreException>(() => store.CompleteCheckAsync(pending.Id, 1, Submissions.Failed));
        Assert.Contains("is Usable", again.Message);
        await Assert.ThrowsAsync<LearnwareNotFoundException>(() => store.CompleteCheckAsync(pending.Id, 2, Submissions.Passed));
    }

    [StoreFact]
    public async Task ClaimNext_TakesTheOldestPendingVersion_ThenNothing()
    {
        var store = await OpenAsync();
        var first = await store.AddAsync("alice", Submissions.Fake());
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await store.AddAsync("bob", Submissions.Fake());

        var claimed = await store.ClaimNextAsync();
        var next = await store.ClaimNextAsync();

        Assert.Equal((first.Id, LearnwareStatus.Checking), (claimed!.Id, claimed.Status));
        Assert.Equal((second.Id, LearnwareStatus.Checking), (next!.Id, next.Status));
        Assert.Null(await store.ClaimNextAsync());
    }

    [StoreFact]
    public async Task ConcurrentVerifiers_ClaimEveryPendingVersionExactlyOnce()
    {
        var store = await OpenAsync();
        var other = await OpenAsync();
        var added = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            added.Add((await store.AddAsync("alice", Submissions.Fake())).Id);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            var mine = new List<string>();
            // Bounded: twelve versions in all, so no worker can claim more.
            for (var attempt = 0; attempt < 13; attempt++)
            {
                var claimed = await (worker % 2 == 0 ? store : other).ClaimNextAsync();
                if (claimed is null)
                {
                    break;
                }

                mine.Add(claimed.Id);
            }

            return mine;
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(added.Order(), all.Order());
        Assert.Empty(await store.ListPendingAsync());
    }

    [StoreFact]
    public async Task AbandonedClaims_GoBackToPending_OnlyPastTheirAge()
    {
        var store = await OpenAsync();
        var added = await store.AddAsync("alice", Submissions.Fake());
        Assert.NotNull(await store.ClaimNextAsync());
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, await store.RequeueAbandonedChecksAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(LearnwareStatus.Checking, (await store.GetAsync(added.Id))!.Status);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await store.RequeueAbandonedChecksAsync(TimeSpan.FromMinutes(2)));

        Assert.Equal([added.Id], (await store.ListPendingAsync()).Select(p => p.Id));
        Assert.Equal(added.Id, (await store.ClaimNextAsync())!.Id);
    }

    [StoreFact]
    public async Task Update_AddsVersionTwo_AndVersionOneStaysReadable()
    {
        var store = await OpenAsync();
        var first = Submissions.Fake(Submissions.Passed, name: "v1 name");
        var second = Submissions.Fake(Submissions.Passed, name: "v2 name", dimension: 5);
        var v1 = await store.AddAsync("alice", first);

        var v2 = await store.UpdateAsync(v1.Id, second);

        Assert.Equal((v1.Id, 2, "alice", v1.CreatedAt), (v2.Id, v2.Version, v2.Owner, v2.CreatedAt));
        Assert.True(v2.UpdatedAt >= v1.UpdatedAt);
        Assert.Equal(v2, await store.GetAsync(v1.Id));
        Assert.Equal(v1 with { UpdatedAt = v2.UpdatedAt }, await store.GetAsync(v1.Id, 1));
        Assert.Equal([1, 2], (await store.ListVersionsAsync(v1.Id)).Select(v => v.Version));
        Assert.Equal([(v1.Id, 2, "v2 name")], (await store.ListAsync()).Select(l => (l.Id, l.Version, l.Name)));
        Assert.Equal(first.PackageBytes, await ReadPackageAsync(store, v1.Id, 1));
        Assert.Equal(second.PackageBytes, await ReadPackageAsync(store, v1.Id, 2));
        await Assert.ThrowsAsync<LearnwareNotFoundException>(() => store.UpdateAsync(LearnwareIds.New(), Submissions.Fake()));
        Assert.Equal(2, await CountBlobsAsync(store));
    }

    [StoreFact]
    public async Task LatestUsable_IsWhatSearchServes()
    {
        var store = await OpenAsync();
        var rolledBack = await store.AddAsync("alice", Submissions.Fake(Submissions.Passed, dimension: 4));
        await store.UpdateAsync(rolledBack.Id, Submissions.Fake(Submissions.Failed, dimension: 4));
        var stillChecking = await store.AddAsync("bob", Submissions.Fake(Submissions.Passed, dimension: 4));
        await store.UpdateAsync(stillChecking.Id, Submissions.Fake(dimension: 4));
        var upgraded = await store.AddAsync("carol", Submissions.Fake(Submissions.Passed, dimension: 9));
        var upgradedV2 = await store.UpdateAsync(upgraded.Id, Submissions.Fake(Submissions.Passed, dimension: 9));
        await store.AddAsync("dave", Submissions.Fake(Submissions.Failed));

        var served = await store.ListLatestUsableAsync();

        var expected = new[] { (rolledBack.Id, 1), (stillChecking.Id, 1), (upgraded.Id, 2) }.OrderBy(e => e.Item1, StringComparer.Ordinal);
        Assert.Equal(expected, served.Select(l => (l.Id, l.Version)).OrderBy(e => e.Item1, StringComparer.Ordinal));
        Assert.Equal([upgradedV2], await store.ListLatestUsableAsync("RKMETableSpecification", 9));
        Assert.Equal(2, (await store.ListLatestUsableAsync(specDimension: 4)).Count);
        Assert.Empty(await store.ListLatestUsableAsync("OtherSpecification"));
        Assert.Equal(
            [(rolledBack.Id, LearnwareStatus.Rejected), (stillChecking.Id, LearnwareStatus.Pending), (upgraded.Id, LearnwareStatus.Usable)],
            (await store.ListAsync(limit: 3)).Select(l => (l.Id, l.Status)));
    }

    [StoreFact]
    public async Task List_PagesInTheOrderLearnwaresWereAdded()
    {
        var store = await OpenAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await store.AddAsync("alice", Submissions.Fake(name: $"model {i}"))).Id);
        }

        var pages = new[] { await store.ListAsync(0, 2), await store.ListAsync(2, 2), await store.ListAsync(4, 2) };

        Assert.Equal([2, 2, 1], pages.Select(p => p.Count));
        Assert.Equal(ids, pages.SelectMany(p => p).Select(l => l.Id));
        Assert.Empty(await store.ListAsync(5, 2));
        Assert.Equal(5, await store.CountAsync());
    }

    [StoreFact]
    public async Task ListLatestUsable_ServesLearnwaresInTheOrderTheyWereAdded()
    {
        var store = await OpenAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await store.AddAsync("alice", Submissions.Fake(Submissions.Passed, name: $"model {i}"))).Id);
        }

        Assert.Equal(ids, (await store.ListLatestUsableAsync()).Select(l => l.Id));
    }

    [StoreFact]
    public async Task IdenticalPackage_IsRefused_NamingTheLearnwareThatHasIt()
    {
        var store = await OpenAsync();
        var submission = Submissions.Fake(Submissions.Passed);
        var first = await store.AddAsync("alice", submission);
        var other = await store.AddAsync("bob", Submissions.Fake());

        var onAdd = await Assert.ThrowsAsync<DuplicatePackageException>(() => store.AddAsync("mallory", submission.Version with { Name = "copy" }));
        var onUpdate = await Assert.ThrowsAsync<DuplicatePackageException>(() => store.UpdateAsync(other.Id, submission));

        foreach (var refused in new[] { onAdd, onUpdate })
        {
            Assert.Contains(first.Id, refused.Message);
            Assert.Equal((first.Id, 1, first.PackageSha256), (refused.ExistingLearnwareId, refused.ExistingVersion, refused.PackageSha256));
        }

        Assert.Equal(2, await store.CountAsync());
        Assert.Equal(1, (await store.GetAsync(other.Id))!.Version);
        Assert.Equal(submission.PackageBytes, await ReadPackageAsync(store, first.Id, 1));
    }

    [StoreFact]
    public async Task Delete_RemovesTheLearnwareItsVersionsAndTheirBlobs()
    {
        var store = await OpenAsync();
        var doomed = await store.AddAsync("alice", Submissions.Fake(Submissions.Passed));
        await store.UpdateAsync(doomed.Id, Submissions.Fake());
        var kept = await store.AddAsync("bob", Submissions.Fake(Submissions.Passed));

        Assert.True(await store.DeleteAsync(doomed.Id));

        Assert.Null(await store.GetAsync(doomed.Id));
        Assert.Empty(await store.ListVersionsAsync(doomed.Id));
        Assert.Empty(await store.ListPendingAsync());
        Assert.Equal([kept.Id], (await store.ListAsync()).Select(l => l.Id));
        Assert.Equal([kept.PackageSha256], await store.Blobs.ListAsync().Select(b => b.Key).ToListAsync());
        Assert.False(await store.DeleteAsync(doomed.Id));
        await Assert.ThrowsAsync<LearnwareNotFoundException>(() => store.OpenPackageAsync(doomed.Id, 1));
    }

    [StoreFact]
    public async Task Reopening_RemovesOrphanBlobsAndAbandonedWrites_PastTheGracePeriod()
    {
        var store = await OpenAsync();
        var kept = await store.AddAsync("alice", Submissions.Fake(Submissions.Passed));
        var blobs = (LocalFolderBlobStore)store.Blobs;
        var oldOrphan = await PutRandomBlobAsync(blobs);
        var freshOrphan = await PutRandomBlobAsync(blobs);
        var oldTemporary = Path.Combine(blobs.TemporaryFolder, "crashed-write");
        var freshTemporary = Path.Combine(blobs.TemporaryFolder, "write-in-progress");
        await File.WriteAllBytesAsync(oldTemporary, [1, 2, 3]);
        await File.WriteAllBytesAsync(freshTemporary, [4, 5, 6]);
        var longAgo = DateTime.UtcNow.AddHours(-2);
        File.SetLastWriteTimeUtc(blobs.PathOf(oldOrphan), longAgo);
        File.SetLastWriteTimeUtc(blobs.PathOf(kept.PackageSha256), longAgo);
        File.SetLastWriteTimeUtc(oldTemporary, longAgo);
        store.Dispose();

        var reopened = await OpenAsync();

        var left = await reopened.Blobs.ListAsync().Select(b => b.Key).ToHashSetAsync();
        Assert.Equal(new HashSet<string> { kept.PackageSha256, freshOrphan }, left);
        Assert.False(File.Exists(oldTemporary));
        Assert.True(File.Exists(freshTemporary));
        Assert.Equal(kept, await reopened.GetAsync(kept.Id));

        _clock.Advance(TimeSpan.FromMinutes(1));
        var immediate = await OpenAsync(TimeSpan.Zero);
        Assert.Equal([kept.PackageSha256], await immediate.Blobs.ListAsync().Select(b => b.Key).ToListAsync());
        Assert.False(File.Exists(freshTemporary));
    }

    [StoreFact]
    public async Task OpeningWithoutCleanUp_LeavesOrphansForTheNextOpenThatCleansUp()
    {
        var store = await OpenAsync();
        var kept = await store.AddAsync("alice", Submissions.Fake(Submissions.Passed));
        var orphan = await PutRandomBlobAsync((LocalFolderBlobStore)store.Blobs);
        store.Dispose();

        var reader = await MarketStore.OpenAsync(Options(TimeSpan.Zero) with { CleanUpOnOpen = false });
        _opened.Add(reader);

        Assert.Equal(new HashSet<string> { kept.PackageSha256, orphan }, await reader.Blobs.ListAsync().Select(b => b.Key).ToHashSetAsync());
        Assert.Equal(kept, await reader.GetAsync(kept.Id));
        // Cleanup judges an orphan's age on the store's clock: let it age past the zero grace period.
        _clock.Advance(TimeSpan.FromMinutes(1));
        var writer = await OpenAsync(TimeSpan.Zero);
        Assert.Equal([kept.PackageSha256], await writer.Blobs.ListAsync().Select(b => b.Key).ToListAsync());
    }

    [StoreFact]
    public async Task CrashBeforeCommit_LeavesNoHalfWrittenLearnware()
    {
        var store = await OpenAsync();
        var existing = await store.AddAsync("alice", Submissions.Fake(Submissions.Passed));
        var submission = Submissions.Fake(Submissions.Passed);
        store.BeforeCommit = _ => throw new IOException("simulated crash");

        await Assert.ThrowsAsync<IOException>(() => store.AddAsync("bob", submission));
        await Assert.ThrowsAsync<IOException>(() => store.UpdateAsync(existing.Id, submission));

        Assert.Equal([existing], await store.ListAsync());
        Assert.Equal([1], (await store.ListVersionsAsync(existing.Id)).Select(v => v.Version));
        Assert.Equal([existing.PackageSha256], await store.Blobs.ListAsync().Select(b => b.Key).ToListAsync());

        store.BeforeCommit = null;
        var retried = await store.AddAsync("bob", submission);
        Assert.Equal(submission.PackageBytes, await ReadPackageAsync(store, retried.Id, 1));
    }

    [StoreFact]
    public async Task OpeningANewDatabase_FromManyTasksAtOnce_CreatesOneSchemaTheyAllUse()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => MarketStore.OpenAsync(Options()))));
        _opened.AddRange(stores);

        var added = await stores[0].AddAsync("alice", Submissions.Fake(Submissions.Passed));

        foreach (var store in stores)
        {
            Assert.Equal(added.Id, (await store.GetAsync(added.Id))?.Id);
        }
    }

    [StoreFact]
    public async Task ParallelAdds_AllSucceed_WithDistinctIds()
    {
        var store = await OpenAsync();
        var submissions = Enumerable.Range(0, 16).Select(i => Submissions.Fake(Submissions.Passed, name: $"model {i}")).ToArray();

        var added = await Task.WhenAll(submissions.Select(s => Task.Run(() => store.AddAsync("alice", s))));

        Assert.Equal(16, added.Select(a => a.Id).Distinct().Count());
        Assert.Equal(16, await store.CountAsync());
        Assert.Equal(16, (await store.ListLatestUsableAsync()).Count);
        Assert.Equal(16, await CountBlobsAsync(store));
        foreach (var (stored, submission) in added.Zip(submissions))
        {
            Assert.Equal(submission.PackageBytes, await ReadPackageAsync(store, stored.Id, 1));
        }
    }

    [StoreFact]
    public async Task ParallelUpdates_OfOneLearnware_TakeDistinctVersionNumbers()
    {
        var store = await OpenAsync();
        var first = await store.AddAsync("alice", Submissions.Fake(Submissions.Passed));

        var updated = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => store.UpdateAsync(first.Id, Submissions.Fake(Submissions.Passed)))));

        Assert.Equal(Enumerable.Range(2, 8), updated.Select(u => u.Version).Order());
        Assert.Equal(Enumerable.Range(1, 9), (await store.ListVersionsAsync(first.Id)).Select(v => v.Version));
        Assert.Equal(9, (await store.GetAsync(first.Id))!.Version);
        Assert.Equal(9, await CountBlobsAsync(store));
    }

    [StoreFact]
    public async Task ParallelAdds_OfTheSamePackage_StoreItOnce()
    {
        var store = await OpenAsync();
        var submission = Submissions.Fake(Submissions.Passed);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (await store.AddAsync("alice", submission)).Id;
            }
            catch (DuplicatePackageException)
            {
                return null;
            }
        })));

        Assert.Single(outcomes, id => id is not null);
        Assert.Equal(1, await store.CountAsync());
        Assert.Equal(1, await CountBlobsAsync(store));
    }

    [StoreFact]
    public async Task Opening_RefusesANewerSchema()
    {
        (await OpenAsync()).Dispose();
        await SetSchemaVersionAsync(MarketAssembly.SchemaVersion + 1);

        var refused = await Assert.ThrowsAsync<MarketStoreException>(() => MarketStore.OpenAsync(Options()));

        Assert.Contains($"schema version {MarketAssembly.SchemaVersion + 1}", refused.Message);
        Assert.Contains("newer", refused.Message);
        await SetSchemaVersionAsync(MarketAssembly.SchemaVersion);
        Assert.Equal(0, await (await OpenAsync()).CountAsync());
    }

    [StoreFact]
    public async Task Opening_RefusesAnOlderSchema()
    {
        (await OpenAsync()).Dispose();
        await SetSchemaVersionAsync(MarketAssembly.SchemaVersion - 1);

        var refused = await Assert.ThrowsAsync<MarketStoreException>(() => MarketStore.OpenAsync(Options()));

        Assert.Contains($"schema version {MarketAssembly.SchemaVersion - 1}, older than", refused.Message);
    }

    [StoreFact]
    public async Task Opening_ADatabaseWithOtherTables_RefusesIt_AndLeavesItAlone()
    {
        Directory.CreateDirectory(_root);
        await using (var db = new MarketDatabase(Options()).CreateContext())
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

        var refused = await Assert.ThrowsAsync<MarketStoreException>(() => MarketStore.OpenAsync(Options()));

        Assert.Contains("holds tables but no learnware market schema", refused.Message);
        await using (var db = new MarketDatabase(Options()).CreateContext())
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM invoices").SingleAsync());
    }

    [StoreFact]
    public async Task Opening_ADatabaseWhoseSchemaRowIsMissing_WritesItAgain()
    {
        (await OpenAsync()).Dispose();
        await using (var db = new MarketDatabase(Options()).CreateContext())
            await db.SchemaInfo.ExecuteDeleteAsync();

        Assert.Equal(0, await (await OpenAsync()).CountAsync());

        await using (var db = new MarketDatabase(Options()).CreateContext())
            Assert.Equal(MarketAssembly.SchemaVersion, (await db.SchemaInfo.SingleAsync()).Version);
    }

    private MarketStoreOptions Options(TimeSpan? gracePeriod = null) => new()
    {
        Root = _root,
        ConnectionString = _connectionString,
        CleanupGracePeriod = gracePeriod ?? TimeSpan.FromHours(1),
        TimeProvider = _clock,
    };

    private async Task<MarketStore> OpenAsync(TimeSpan? gracePeriod = null)
    {
        var store = await MarketStore.OpenAsync(Options(gracePeriod));
        _opened.Add(store);
        return store;
    }

    private async Task SetSchemaVersionAsync(int version)
    {
        await using var db = new MarketDatabase(Options()).CreateContext();
        await db.SchemaInfo.ExecuteUpdateAsync(s => s.SetProperty(i => i.Version, version));
    }

    private static async Task<byte[]> ReadPackageAsync(MarketStore store, string id, int version)
    {
        await using var package = await store.OpenPackageAsync(id, version);
        using var copy = new MemoryStream();
        await package.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<int> CountBlobsAsync(MarketStore store) => await store.Blobs.ListAsync().CountAsync();

    private static async Task<string> PutRandomBlobAsync(IBlobStore blobs)
    {
        var bytes = RandomNumberGenerator.GetBytes(64);
        var key = ContentAddress.Of(bytes);
        await blobs.PutAsync(key, new MemoryStream(bytes));
        return key;
    }
}
