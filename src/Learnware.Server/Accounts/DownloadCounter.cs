using Microsoft.EntityFrameworkCore;

namespace Learnware.Server.Accounts;

/// <summary>Counts package downloads per learnware and day, beside the accounts, so the market's records stay as they are.</summary>
public sealed class DownloadCounter(DockIdentityDbContext db, TimeProvider time)
{
    private const int Attempts = 3;

    /// <summary>Counts one download of each of <paramref name="learnwareIds"/> today.</summary>
    public async Task CountAsync(IEnumerable<string> learnwareIds, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        foreach (var id in learnwareIds)
            await IncrementAsync(id, today, cancellationToken);
    }

    /// <summary>How many times each of <paramref name="learnwareIds"/> was downloaded in all.</summary>
    public async Task<IReadOnlyDictionary<string, int>> TotalsAsync(IReadOnlyCollection<string> learnwareIds, CancellationToken cancellationToken) =>
        await db.Downloads.AsNoTracking().Where(d => learnwareIds.Contains(d.LearnwareId))
            .GroupBy(d => d.LearnwareId).Select(g => new { g.Key, Total = g.Sum(d => d.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Total, cancellationToken);

    /// <summary>Downloads per day, over every learnware, oldest day first.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, int Count)>> PerDayAsync(CancellationToken cancellationToken)
    {
        var days = await db.Downloads.AsNoTracking().GroupBy(d => d.Day).Select(g => new { g.Key, Total = g.Sum(d => d.Count) })
            .ToListAsync(cancellationToken);
        return days.OrderBy(d => d.Key).Select(d => (d.Key, d.Total)).ToArray();
    }

    // An update in place when the day's row exists; else an insert, which a concurrent download may beat, and then
    // the update runs again on the row that download made.
    private async Task IncrementAsync(string id, DateOnly day, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var updated = await db.Downloads.Where(d => d.LearnwareId == id && d.Day == day)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Count, d => d.Count + 1), cancellationToken);
            if (updated > 0)
                return;
            db.Downloads.Add(new DownloadDay { LearnwareId = id, Day = day, Count = 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
