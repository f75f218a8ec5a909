using Microsoft.EntityFrameworkCore;

namespace Learnware.Market.Storage;

/// <summary>The store's reads, each on a fresh context with no tracking.</summary>
internal sealed class MarketQueries(MarketDatabase database)
{
    public async Task<StoredLearnware?> GetAsync(string learnwareId, int? version, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var versions = Versions(db).Where(v => v.LearnwareId == learnwareId);
        if (version is { } number)
        {
            versions = versions.Where(v => v.Version == number);
        }

        var row = await versions.OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : StoredLearnware.From(row.Learnware!, row);
    }

    public async Task<IReadOnlyList<StoredLearnware>> ListVersionsAsync(string learnwareId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return ToRecords(await Versions(db).Where(v => v.LearnwareId == learnwareId).OrderBy(v => v.Version).ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<DateTimeOffset>> ListVersionTimesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var times = await db.Versions.AsNoTracking().Select(v => v.CreatedAt).ToListAsync(cancellationToken);
        return times.Select(t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc), TimeSpan.Zero)).ToArray();
    }

    public async Task<IReadOnlyList<StoredLearnware>> ListLatestAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var latest = Versions(db).Where(v => v.Version == db.Versions.Where(w => w.LearnwareId == v.LearnwareId).Max(w => w.Version));
        // Oldest first with the id as tie-break: pages stay put while learnwares are added.
        var page = latest.OrderBy(v => v.Learnware!.CreatedAt).ThenBy(v => v.LearnwareId).Skip(offset).Take(limit);
        return ToRecords(await page.ToListAsync(cancellationToken));
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Learnwares.CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredLearnware>> ListLatestUsableAsync(string? specType, int? specDimension,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var usable = Versions(db).Where(v => v.Status == LearnwareStatus.Usable && v.Version == db.Versions
            .Where(w => w.LearnwareId == v.LearnwareId && w.Status == LearnwareStatus.Usable).Max(w => w.Version));
        if (specType is not null)
        {
            usable = usable.Where(v => v.SpecType == specType);
        }

        if (specDimension is { } dimension)
        {
            usable = usable.Where(v => v.SpecDimension == dimension);
        }

        // The market order of ListLatestAsync, which the search keeps for its unscored results and its ties.
        return ToRecords(await usable.OrderBy(v => v.Learnware!.CreatedAt).ThenBy(v => v.LearnwareId).ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<StoredLearnware>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var pending = Versions(db).Where(v => v.Status == LearnwareStatus.Pending)
            .OrderBy(v => v.CreatedAt).ThenBy(v => v.LearnwareId).ThenBy(v => v.Version);
        return ToRecords(await pending.ToListAsync(cancellationToken));
    }

    private static IQueryable<LearnwareVersionRow> Versions(MarketDbContext db) =>
        db.Versions.AsNoTracking().Include(v => v.Learnware);

    private static StoredLearnware[] ToRecords(List<LearnwareVersionRow> rows) =>
        rows.Select(r => StoredLearnware.From(r.Learnware!, r)).ToArray();
}
