using System.Diagnostics;
using Learnware.Market;
using Learnware.Market.Storage;

namespace Learnware.Server.Tests.Process;

/// <summary>
/// The verification queue through real processes: versions land pending in a market while the verifiers run, and
/// every one must be claimed exactly once over all verifiers (each claim is a line of a verifier's log) and end usable.
/// </summary>
internal static class QueueRun
{
    /// <summary>How many versions each run submits.</summary>
    public const int Versions = 12;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    /// <summary>
    /// Submits <see cref="Versions"/> classifiers to the market in <paramref name="data"/> (records in
    /// <paramref name="database"/> when given) while <paramref name="verifiers"/> run against it; waits (bounded) until
    /// all are checked. Returns how many versions each verifier claimed.
    /// </summary>
    public static async Task<int[]> SubmitAndVerifyAsync(string data, string? database, IReadOnlyList<DockProcess> verifiers)
    {
        var packages = Enumerable.Range(0, Versions)
            .Select(i => DockPackages.Classifier($"Queued classifier {i:00}", centre: i % 3, seed: 200 + i)).ToArray();
        var ids = new List<string>();
        using var market = await LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = data, ConnectionString = database, CleanUpOnOpen = false });
        foreach (var package in packages)
            ids.Add((await market.SubmitAsync(package, "queue tests")).Id);

        var clock = Stopwatch.StartNew();
        while ((await market.Store.ListPendingAsync()).Count > 0 || await AnyCheckingAsync(market.Store, ids))
        {
            if (clock.Elapsed > Timeout)
                throw new TimeoutException($"the queue did not check {Versions} versions within {Timeout.TotalSeconds} s");
            await Task.Delay(100);
        }

        foreach (var id in ids)
        {
            Assert.Equal(LearnwareStatus.Usable, (await market.Store.GetAsync(id))!.Status);
            // The log line follows the database's update; wait (bounded) for it before counting.
            await Task.WhenAny(verifiers.Select(v => v.WaitForOutputAsync($"Verified learnware {id} version 1: usable", Timeout)));
            Assert.Equal(1, verifiers.Sum(v => v.CountOutputLines($"Checking learnware {id} version 1")));
            Assert.Equal(1, verifiers.Sum(v => v.CountOutputLines($"Verified learnware {id} version 1: usable")));
        }

        Assert.Equal(Versions, await market.Store.CountAsync());
        return [.. verifiers.Select(v => ids.Count(id => v.CountOutputLines($"Checking learnware {id} version 1") == 1))];
    }

    private static async Task<bool> AnyCheckingAsync(MarketStore store, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if ((await store.GetAsync(id))?.Status is LearnwareStatus.Checking)
                return true;
        }

        return false;
    }
}
