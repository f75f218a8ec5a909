using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learnware.Market.Storage;

/// <summary>Removes blobs that no version references, and what unfinished writes left behind.</summary>
internal sealed class BlobJanitor(MarketDatabase database, IBlobStore blobs, KeyLocks locks, TimeProvider time, ILogger logger)
{
    /// <summary>Deletes the blob unless a version references it; the caller holds the key's lock.</summary>
    public async Task<bool> RemoveIfUnreferencedAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await db.Versions.AnyAsync(v => v.PackageSha256 == key, cancellationToken))
        {
            return false;
        }

        return await blobs.DeleteAsync(key, cancellationToken);
    }

    /// <summary>After a failed write: removes the blob if nothing references it, never throwing over the first error.</summary>
    public async Task TryRemoveAfterFailureAsync(string key)
    {
        try
        {
            await RemoveIfUnreferencedAsync(key, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The database or folder is failing too; the next cleanup finds the orphan.
            logger.LogWarning(e, "Left blob {Blob} for the next cleanup: removing it after a failed write failed too", key);
        }
    }

    public async Task<CleanupResult> CleanUpAsync(TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - gracePeriod;
        var abandoned = await blobs.RemoveAbandonedWritesAsync(cutoff, cancellationToken);
        HashSet<string> referenced;
        await using (var db = database.CreateContext())
        {
            referenced = await db.Versions.Select(v => v.PackageSha256).ToHashSetAsync(cancellationToken);
        }

        var orphans = 0;
        foreach (var blob in await blobs.ListAsync(cancellationToken).ToListAsync(cancellationToken))
        {
            if (blob.LastWritten >= cutoff || referenced.Contains(blob.Key))
            {
                continue;
            }

            // Checked again under the lock: an add of the same bytes may have committed since the list was read.
            using (await locks.AcquireAsync(blob.Key, cancellationToken))
            {
                if (await RemoveIfUnreferencedAsync(blob.Key, cancellationToken))
                {
                    orphans++;
                }
            }
        }

        if (orphans > 0 || abandoned > 0)
        {
            logger.LogInformation("Cleanup removed {Orphans} orphan blobs and {Abandoned} unfinished writes", orphans, abandoned);
        }

        return new CleanupResult(orphans, abandoned);
    }
}
