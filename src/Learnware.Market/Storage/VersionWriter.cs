using Microsoft.EntityFrameworkCore;

namespace Learnware.Market.Storage;

/// <summary>
/// Stores a new version: the blob first (content-addressed, so writing it twice is harmless), then the rows in one
/// transaction. Any failure removes the blob again unless a row references it.
/// </summary>
internal sealed class VersionWriter(MarketDatabase database, IBlobStore blobs, KeyLocks locks, BlobJanitor janitor, MarketClock clock)
{
    // Conflicts (a version number or an id taken by a concurrent writer) are retried; this many tries is plenty.
    private const int MaxAttempts = 20;

    /// <summary>Runs inside the transaction after the rows are written and before the commit; tests fail here on purpose.</summary>
    public Func<CancellationToken, Task>? BeforeCommit { get; set; }

    /// <summary>Adds version 1 of a new learnware (<paramref name="learnwareId"/> null) or the next version of an existing one.</summary>
    public async Task<StoredLearnware> WriteAsync(string? learnwareId, string? owner, SubmittedVersion submission,
        CancellationToken cancellationToken)
    {
        var sha = ContentAddress.Of(submission.PackageBytes);
        using (await locks.AcquireAsync(sha, cancellationToken))
        {
            await ThrowIfDuplicateAsync(sha, cancellationToken);
            try
            {
                using (var content = new MemoryStream(submission.PackageBytes, writable: false))
                {
                    await blobs.PutAsync(sha, content, cancellationToken);
                }

                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await InsertAsync(learnwareId, owner, submission, sha, cancellationToken);
                    }
                    catch (DbUpdateException e)
                    {
                        await ThrowIfDuplicateAsync(sha, cancellationToken);
                        if (attempt == MaxAttempts)
                        {
                            throw new MarketStoreException($"could not store the version after {MaxAttempts} conflicting attempts", e);
                        }

                        await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                    }
                }
            }
            catch
            {
                await janitor.TryRemoveAfterFailureAsync(sha);
                throw;
            }
        }
    }

    private async Task<StoredLearnware> InsertAsync(string? learnwareId, string? owner, SubmittedVersion submission, string sha,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.UtcNow();
        LearnwareRow learnware;
        int version;
        if (learnwareId is null)
        {
            learnware = new LearnwareRow { Id = LearnwareIds.New(), Owner = owner!, CreatedAt = now, UpdatedAt = now };
            db.Learnwares.Add(learnware);
            version = 1;
        }
        else
        {
            // Writing the learnware's row first locks it until the commit, so concurrent updates of one learnware
            // take their version numbers one after another (SQLite's write lock already does this for the whole file).
            var touched = await db.Learnwares.Where(l => l.Id == learnwareId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.UpdatedAt, now), cancellationToken);
            if (touched == 0)
            {
                throw new LearnwareNotFoundException(learnwareId);
            }

            learnware = await db.Learnwares.AsNoTracking().SingleAsync(l => l.Id == learnwareId, cancellationToken);
            version = (await db.Versions.Where(v => v.LearnwareId == learnwareId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
        }

        var row = new LearnwareVersionRow
        {
            LearnwareId = learnware.Id,
            Version = version,
            Status = LearnwareStatus.Pending,
            SemanticJson = submission.SemanticJson,
            Name = submission.Name,
            SpecJson = submission.SpecJson,
            SpecType = submission.SpecType,
            SpecDimension = submission.SpecDimension,
            PackageSha256 = sha,
            PackageSize = submission.PackageBytes.LongLength,
            CreatedAt = now,
        };
        db.Versions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        if (BeforeCommit is { } hook)
        {
            await hook(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return StoredLearnware.From(learnware, row);
    }

    private async Task ThrowIfDuplicateAsync(string sha, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var existing = await db.Versions.AsNoTracking().Where(v => v.PackageSha256 == sha)
            .Select(v => new { v.LearnwareId, v.Version }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new DuplicatePackageException(sha, existing.LearnwareId, existing.Version);
        }
    }
}
