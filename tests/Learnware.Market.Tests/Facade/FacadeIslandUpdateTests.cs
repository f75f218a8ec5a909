using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.Facade;

/// <summary>
/// A large island's sketch index follows removals and additions between searches: a removed learnware is never
/// ranked again, a newly usable one is ranked at once.
/// </summary>
public sealed class FacadeIslandUpdateTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task ARemovedLearnware_LeavesTheRanking_AndItsReturn_ComesBackFirst()
    {
        using var market = await LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = _folder.NewRoot() },
            ranking: ShortlistedMarketFixture.Shortlisting);
        var ids = await ClusterMarketFixture.AddClustersAsync(market);
        var query = new SearchQuery { Spec = ClusterSet.Shared.User(seed: 52, (2, 150)), Top = 3, MaxMixture = 1 };
        Assert.Equal(ids[2], (await market.SearchAsync(query)).Single[0].Id);

        Assert.True(await market.RemoveAsync(ids[2]));
        var withoutIt = await market.SearchAsync(query);

        Assert.DoesNotContain(withoutIt.Single, r => r.Id == ids[2]);
        // Counted neither among the matches nor among the ranked results the pages could show.
        Assert.Equal(ClusterSet.Count - 1, (await market.SearchAsync(new SearchQuery { Top = 1 })).Total);
        Assert.Equal(withoutIt.Single.Count, withoutIt.Total);

        var back = await market.AddAsync(ClusterSet.Shared.Learnwares[2].Package, "alice");
        var withItBack = await market.SearchAsync(query);

        Assert.True(back.Usable);
        Assert.Equal(back.Stored!.Id, withItBack.Single[0].Id);
        Assert.Equal(ClusterSet.Count, (await market.SearchAsync(new SearchQuery { Top = 1 })).Total);
    }

    public void Dispose() => _folder.Dispose();
}
