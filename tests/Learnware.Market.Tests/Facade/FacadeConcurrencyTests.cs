using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.Facade;

/// <summary>Adds and searches running at once on one market folder.</summary>
public class FacadeConcurrencyTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private const int Adds = 8, Searches = 8;

    private static ClusterSet Set => ClusterSet.Shared;

    /// <summary>Eight distinct packages: the cluster models under new names.</summary>
    private static byte[][] Packages() =>
        [.. Enumerable.Range(0, Adds).Select(k => ClusterPackages.Renamed(Set.Learnwares[k % ClusterSet.Count], $"parallel learnware {k}"))];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EightAddsAndEightSearchesAtOnce_AllComplete_AndEveryLearnwareIsListed(bool sharedInstance)
    {
        var root = folder.NewRoot();
        var packages = Packages();
        var users = Enumerable.Range(0, Searches).Select(k => Set.User(seed: 50 + k, (k % ClusterSet.Count, 100))).ToArray();
        using var shared = sharedInstance ? await MarketRoots.OpenMarketAsync(root) : null;

        async Task<T> WithMarket<T>(Func<LearnwareMarket, Task<T>> work)
        {
            if (shared is not null)
                return await work(shared);
            using var own = await MarketRoots.OpenMarketAsync(root);
            return await work(own);
        }

        var adds = packages.Select(p => Task.Run(() => WithMarket(m => m.AddAsync(p, "alice")))).ToArray();
        var searches = users.Select(u => Task.Run(() => WithMarket(m => m.SearchAsync(new SearchQuery { Spec = u })))).ToArray();
        await Task.WhenAll(adds.Concat<Task>(searches));
        var added = await Task.WhenAll(adds);
        var found = await Task.WhenAll(searches);

        Assert.All(added, a => Assert.True(a.Usable, string.Join("\n", a.Report.Failures)));
        var ids = added.Select(a => a.Stored!.Id).ToHashSet();
        Assert.Equal(Adds, ids.Count);
        Assert.All(found, r => Assert.Subset(ids, r.Single.Select(s => s.Id).ToHashSet()));
        using var after = await MarketRoots.OpenMarketAsync(root);
        var listed = await after.ListAsync();
        Assert.Equal(ids, listed.Select(l => l.Id).ToHashSet());
        Assert.All(listed, l => Assert.Equal((1, LearnwareStatus.Usable), (l.Version, l.Status)));
        Assert.Equal(Adds, (await after.Store.ListLatestUsableAsync()).Count);
        Assert.Equal(Adds, Directory.GetFiles(after.Store.Options.BlobFolder, "*", SearchOption.AllDirectories).Length);
    }
}
