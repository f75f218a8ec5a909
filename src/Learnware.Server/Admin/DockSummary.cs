using Learnware.Market.Storage;
using Learnware.Server.Accounts;
using Learnware.Server.Endpoints;
using Learnware.Specifications.Semantic;

namespace Learnware.Server.Admin;

/// <summary>The dock at a glance for admins: learnwares by status, how often each semantic tag is used, uploads and downloads per day.</summary>
public sealed class DockSummary(DockMarket dock, DownloadCounter downloads, AccountDirectory accounts)
{
    /// <summary>A count on one day (UTC).</summary>
    public sealed record DayCount(DateOnly Day, int Count);

    /// <summary>How many learnwares use each value of each semantic tag.</summary>
    public sealed record TagHistograms(
        IReadOnlyDictionary<string, int> Data, IReadOnlyDictionary<string, int> Task, IReadOnlyDictionary<string, int> Library,
        IReadOnlyDictionary<string, int> Scenario, IReadOnlyDictionary<string, int> License);

    /// <summary>
    /// <see cref="ByStatus"/> counts each learnware once, at its newest version; <see cref="Tags"/> are taken from the same
    /// versions; <see cref="UploadsPerDay"/> counts every version submitted.
    /// </summary>
    public sealed record Summary(
        int Learnwares, IReadOnlyDictionary<string, int> ByStatus, TagHistograms Tags, IReadOnlyList<DayCount> UploadsPerDay,
        IReadOnlyList<DayCount> DownloadsPerDay, int Accounts);

    public async Task<Summary> BuildAsync(CancellationToken cancellationToken)
    {
        var latest = await dock.Market.ListAsync(cancellationToken);
        var byStatus = Enum.GetValues<LearnwareStatus>().ToDictionary(LearnwareViews.StatusName, s => latest.Count(l => l.Status == s));
        var semantics = latest.Select(l => SemanticJson.Parse(l.SemanticJson)).ToArray();
        var tags = new TagHistograms(Histogram(semantics, s => s.Data), Histogram(semantics, s => s.Task), Histogram(semantics, s => s.Library),
            Histogram(semantics, s => s.Scenario), Histogram(semantics, s => s.License));

        var uploads = await dock.Store.ListVersionTimesAsync(cancellationToken);
        var uploadsPerDay = uploads.GroupBy(t => DateOnly.FromDateTime(t.UtcDateTime)).OrderBy(g => g.Key)
            .Select(g => new DayCount(g.Key, g.Count())).ToArray();
        var downloadsPerDay = (await downloads.PerDayAsync(cancellationToken)).Select(d => new DayCount(d.Day, d.Count)).ToArray();
        return new Summary(latest.Count, byStatus, tags, uploadsPerDay, downloadsPerDay, await accounts.CountAsync(cancellationToken));
    }

    private static IReadOnlyDictionary<string, int> Histogram(IEnumerable<SemanticSpecification> semantics, Func<SemanticSpecification, IReadOnlyList<string>> tag) =>
        semantics.SelectMany(s => tag(s).Distinct()).GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
}
