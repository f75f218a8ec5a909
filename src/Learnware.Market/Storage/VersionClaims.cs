using Microsoft.EntityFrameworkCore;

namespace Learnware.Market.Storage;

/// <summary>
/// The verification queue's moves in the database: a pending version is claimed (checking) by exactly one verifier,
/// which records the outcome; a claim older than the lease was left by a crashed verifier and goes back to pending.
/// </summary>
internal sealed class VersionClaims(MarketDatabase database, MarketQueries queries, MarketClock clock)
{
    // A conditional claim loses when another verifier took the same version first; then the next one is tried.
    private const int MaxAttempts = 50;

    public async Task<StoredLearnware?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            return await ClaimNextSkipLockedAsync(cancellationToken);
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            (string LearnwareId, int Version)? next;
            await using (var db = database.CreateContext())
            {
                var row = await db.Versions.AsNoTracking().Where(v => v.Status == LearnwareStatus.Pending)
                    .OrderBy(v => v.CreatedAt).ThenBy(v => v.LearnwareId).ThenBy(v => v.Version)
                    .Select(v => new { v.LearnwareId, v.Version }).FirstOrDefaultAsync(cancellationToken);
                next = row is null ? null : (row.LearnwareId, row.Version);
            }

            if (next is not { } key)
            {
                return null;
            }

            if (await TryClaimAsync(key.LearnwareId, key.Version, cancellationToken))
            {
                return await queries.GetAsync(key.LearnwareId, key.Version, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Moves one version from pending to checking; false when it is not pending (another verifier has it).</summary>
    public async Task<bool> TryClaimAsync(string learnwareId, int version, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        await using var db = database.CreateContext();
        // The status condition makes the claim atomic: of two verifiers updating the same row, one changes nothing.
        var changed = await db.Versions
            .Where(v => v.LearnwareId == learnwareId && v.Version == version && v.Status == LearnwareStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, LearnwareStatus.Checking).SetProperty(v => v.ClaimedAt, now),
                cancellationToken);
        return changed == 1;
    }

    public async Task<int> RequeueAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var cutoff = clock.UtcNow() - olderThan;
        await using var db = database.CreateContext();
        return await db.Versions.Where(v => v.Status == LearnwareStatus.Checking && (v.ClaimedAt == null || v.ClaimedAt <= cutoff))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, LearnwareStatus.Pending).SetProperty(v => v.ClaimedAt, (DateTime?)null),
                cancellationToken);
    }

    // PostgreSQL: the row lock taken by the sub-select is skipped by every other verifier, so concurrent claims
    // never wait on each other and never return the same version.
    private async Task<StoredLearnware?> ClaimNextSkipLockedAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var pending = nameof(LearnwareStatus.Pending);
        var checking = nameof(LearnwareStatus.Checking);
        List<ClaimedKey> claimed;
        await using (var db = database.CreateContext())
        {
            claimed = await db.Database.SqlQuery<ClaimedKey>($"""
                UPDATE learnware_versions SET status = {checking}, claimed_at = {now}
                WHERE (learnware_id, version) = (
                    SELECT learnware_id, version FROM learnware_versions WHERE status = {pending}
                    ORDER BY created_at, learnware_id, version LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING learnware_id AS "LearnwareId", version AS "Version"
                """).ToListAsync(cancellationToken);
        }

        return claimed.Count == 0 ? null : await queries.GetAsync(claimed[0].LearnwareId, claimed[0].Version, cancellationToken);
    }

    private sealed record ClaimedKey(string LearnwareId, int Version);
}
