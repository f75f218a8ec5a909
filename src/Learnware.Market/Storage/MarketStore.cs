using Learnware.Checking;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learnware.Market.Storage;

/// <summary>
/// The market's learnwares: package blobs in a <see cref="IBlobStore"/>, rows in SQLite or PostgreSQL. Versions are
/// immutable (only a pending version's status moves, once); every method is safe to call from several tasks at once.
/// </summary>
public sealed class MarketStore : IDisposable
{
    private readonly MarketDatabase _database;
    private readonly KeyLocks _locks;
    private readonly BlobJanitor _janitor;
    private readonly VersionWriter _writer;
    private readonly MarketQueries _queries;
    private readonly MarketClock _clock;
    private readonly VersionClaims _claims;

    private MarketStore(MarketStoreOptions options, MarketDatabase database, IBlobStore blobs)
    {
        Options = options;
        _database = database;
        Blobs = blobs;
        _locks = new KeyLocks(options.LockFolder);
        _clock = new MarketClock(options.TimeProvider);
        _janitor = new BlobJanitor(database, blobs, _locks, options.TimeProvider, options.LoggerFactory.CreateLogger<MarketStore>());
        _writer = new VersionWriter(database, blobs, _locks, _janitor, _clock);
        _queries = new MarketQueries(database);
        _claims = new VersionClaims(database, _queries, _clock);
    }

    /// <summary>Where the store keeps its data.</summary>
    public MarketStoreOptions Options { get; }

    /// <summary>The database engine in use.</summary>
    public DatabaseProvider Provider => _database.Provider;

    /// <summary>The package blobs, keyed by their SHA-256.</summary>
    public IBlobStore Blobs { get; }

    // Runs after a version's rows are written and before they commit; tests throw here to simulate a crash.
    internal Func<CancellationToken, Task>? BeforeCommit
    {
        get => _writer.BeforeCommit;
        set => _writer.BeforeCommit = value;
    }

    /// <summary>
    /// Opens the market in <paramref name="options"/>: creates the folder and schema when new, refuses another schema
    /// version, and (unless <see cref="MarketStoreOptions.CleanUpOnOpen"/> is off) removes orphan blobs and unfinished
    /// writes older than the grace period.
    /// </summary>
    /// <exception cref="MarketStoreException">The database cannot be opened or holds another schema version.</exception>
    public static async Task<MarketStore> OpenAsync(MarketStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Root);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CleanupGracePeriod, TimeSpan.Zero);
        Directory.CreateDirectory(options.Root);
        var database = new MarketDatabase(options);
        await database.EnsureSchemaAsync(cancellationToken);
        var store = new MarketStore(options, database, new LocalFolderBlobStore(options.BlobFolder));
        if (options.CleanUpOnOpen)
        {
            await store.CleanUpAsync(cancellationToken);
        }

        return store;
    }

    /// <summary>Adds a new learnware as version 1, pending until its checks are recorded.</summary>
    /// <exception cref="DuplicatePackageException">The same package bytes are already in the market.</exception>
    public Task<StoredLearnware> AddAsync(string owner, SubmittedVersion submission, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(submission);
        submission.Validate();
        return _writer.WriteAsync(null, owner, submission, cancellationToken);
    }

    /// <summary>Adds the next version of an existing learnware, pending; earlier versions stay as they are.</summary>
    /// <exception cref="LearnwareNotFoundException">No such learnware.</exception>
    /// <exception cref="DuplicatePackageException">The same package bytes are already in the market.</exception>
    public Task<StoredLearnware> UpdateAsync(string learnwareId, SubmittedVersion submission, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(learnwareId);
        ArgumentNullException.ThrowIfNull(submission);
        submission.Validate();
        return _writer.WriteAsync(learnwareId, null, submission, cancellationToken);
    }

    /// <summary>
    /// Claims the oldest pending version for checking (status checking), or returns null when none waits. A version is
    /// claimed by one caller only, however many processes share the database.
    /// </summary>
    public Task<StoredLearnware?> ClaimNextAsync(CancellationToken cancellationToken = default) => _claims.ClaimNextAsync(cancellationToken);

    /// <summary>Claims one given version for checking; false when it is not pending (someone else has claimed it).</summary>
    public Task<bool> ClaimAsync(string learnwareId, int version, CancellationToken cancellationToken = default) =>
        _claims.TryClaimAsync(learnwareId, version, cancellationToken);

    /// <summary>
    /// Puts versions claimed at least <paramref name="olderThan"/> ago and never completed (their verifier stopped)
    /// back to pending; returns how many.
    /// </summary>
    public Task<int> RequeueAbandonedChecksAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(olderThan, TimeSpan.Zero);
        return _claims.RequeueAsync(olderThan, cancellationToken);
    }

    /// <summary>Records the checks' outcome for a claimed version, which becomes usable or rejected.</summary>
    /// <exception cref="LearnwareNotFoundException">No such version.</exception>
    /// <exception cref="MarketStoreException">The version is not being checked.</exception>
    public async Task<StoredLearnware> CompleteCheckAsync(string learnwareId, int version, CheckReport report,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var status = report.Passed ? LearnwareStatus.Usable : LearnwareStatus.Rejected;
        var log = CheckLogJson.Serialize(report);
        int changed;
        await using (var db = _database.CreateContext())
        {
            changed = await db.Versions
                .Where(v => v.LearnwareId == learnwareId && v.Version == version && v.Status == LearnwareStatus.Checking)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, status).SetProperty(v => v.CheckLog, log), cancellationToken);
        }

        var current = await GetAsync(learnwareId, version, cancellationToken) ?? throw new LearnwareNotFoundException(learnwareId, version);
        if (changed == 0)
        {
            throw new MarketStoreException(
                $"learnware {learnwareId} version {version} is {current.Status}; only a version being checked takes a check result");
        }

        return current;
    }

    /// <summary>Deletes a learnware, all its versions and their packages; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string learnwareId, CancellationToken cancellationToken = default)
    {
        List<string> packages;
        await using (var db = _database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Locks the learnware's row first, so an update running now either finishes before or finds nothing.
            var found = await db.Learnwares.Where(l => l.Id == learnwareId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.UpdatedAt, _clock.UtcNow()), cancellationToken);
            if (found == 0)
            {
                return false;
            }

            var versions = db.Versions.Where(v => v.LearnwareId == learnwareId);
            packages = await versions.Select(v => v.PackageSha256).ToListAsync(cancellationToken);
            await versions.ExecuteDeleteAsync(cancellationToken);
            await db.Learnwares.Where(l => l.Id == learnwareId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Rows first, blobs after: a crash in between leaves orphan blobs only, which the next cleanup removes.
        foreach (var sha in packages)
        {
            using (await _locks.AcquireAsync(sha, CancellationToken.None))
            {
                await _janitor.RemoveIfUnreferencedAsync(sha, CancellationToken.None);
            }
        }

        return true;
    }

    /// <summary>The learnware at <paramref name="version"/>, or at its latest version when null; null when there is none.</summary>
    public Task<StoredLearnware?> GetAsync(string learnwareId, int? version = null, CancellationToken cancellationToken = default) =>
        _queries.GetAsync(learnwareId, version, cancellationToken);

    /// <summary>Every version of a learnware, oldest first; empty when there is no such learnware.</summary>
    public Task<IReadOnlyList<StoredLearnware>> ListVersionsAsync(string learnwareId, CancellationToken cancellationToken = default) =>
        _queries.ListVersionsAsync(learnwareId, cancellationToken);

    /// <summary>When each version of every learnware was submitted (UTC), in one query: what counts uploads per day.</summary>
    public Task<IReadOnlyList<DateTimeOffset>> ListVersionTimesAsync(CancellationToken cancellationToken = default) =>
        _queries.ListVersionTimesAsync(cancellationToken);

    /// <summary>A page of learnwares at their latest version (whatever its status), in the order they were added.</summary>
    public Task<IReadOnlyList<StoredLearnware>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return _queries.ListLatestAsync(offset, limit, cancellationToken);
    }

    /// <summary>How many learnwares the market holds.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => _queries.CountAsync(cancellationToken);

    /// <summary>
    /// What search serves: each learnware's latest usable version (a learnware whose newest version was rejected
    /// still serves its last usable one), optionally only those of one specification type and dimension, in the
    /// order the learnwares were added.
    /// </summary>
    public Task<IReadOnlyList<StoredLearnware>> ListLatestUsableAsync(string? specType = null, int? specDimension = null,
        CancellationToken cancellationToken = default) =>
        _queries.ListLatestUsableAsync(specType, specDimension, cancellationToken);

    /// <summary>Every version still waiting for its checks (not yet claimed), oldest first.</summary>
    public Task<IReadOnlyList<StoredLearnware>> ListPendingAsync(CancellationToken cancellationToken = default) =>
        _queries.ListPendingAsync(cancellationToken);

    /// <summary>Opens a version's package for reading.</summary>
    /// <exception cref="LearnwareNotFoundException">No such version, or its package is missing.</exception>
    public async Task<Stream> OpenPackageAsync(string learnwareId, int version, CancellationToken cancellationToken = default)
    {
        var stored = await GetAsync(learnwareId, version, cancellationToken) ?? throw new LearnwareNotFoundException(learnwareId, version);
        return await Blobs.OpenAsync(stored.PackageSha256, cancellationToken)
            ?? throw new MarketStoreException($"the package of learnware {learnwareId} version {version} ({stored.PackageSha256}) is missing from the blob store");
    }

    /// <summary>Removes orphan blobs and unfinished writes older than <see cref="MarketStoreOptions.CleanupGracePeriod"/>.</summary>
    public Task<CleanupResult> CleanUpAsync(CancellationToken cancellationToken = default) =>
        _janitor.CleanUpAsync(Options.CleanupGracePeriod, cancellationToken);

    /// <summary>Closes the idle SQLite connections of this market's file; PostgreSQL connections stay in Npgsql's pool.</summary>
    public void Dispose()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection(_database.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }
}
