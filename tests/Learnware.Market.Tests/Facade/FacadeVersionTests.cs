using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.Facade;

/// <summary>Updates and removal through the facade, and what search serves afterwards.</summary>
public class FacadeVersionTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private static ClusterSet Set => ClusterSet.Shared;

    private static byte[] Renamed(string name) => ClusterPackages.Renamed(Set.Learnwares[0], name);

    private static async Task<IReadOnlyList<SingleResult>> SearchCluster0Async(LearnwareMarket market) =>
        (await market.SearchAsync(new SearchQuery { Spec = Set.User(seed: 1, (0, 150)) })).Single;

    /// <summary>A market holding clusters 0 and 1; returns cluster 0's id.</summary>
    private static async Task<string> AddTwoAsync(LearnwareMarket market)
    {
        var id = (await market.AddAsync(Set.Learnwares[0].Package, "alice")).Stored!.Id;
        Assert.True((await market.AddAsync(Set.Learnwares[1].Package, "bob")).Usable);
        return id;
    }

    [Fact]
    public async Task AnUpdate_BecomesVersionTwo_AndSearchAndGetServeIt()
    {
        using var market = await folder.OpenNewMarketAsync();
        var id = await AddTwoAsync(market);
        var v2 = Renamed("gaussian cluster 0, second edition");

        var result = await market.UpdateAsync(id, v2);

        var stored = Assert.IsType<StoredLearnware>(result.Stored);
        Assert.Equal((id, 2, LearnwareStatus.Usable, "alice"), (stored.Id, stored.Version, stored.Status, stored.Owner));
        var best = (await SearchCluster0Async(market))[0];
        Assert.Equal((id, "gaussian cluster 0, second edition"), (best.Id, best.Name));
        Assert.Equal(v2, (await market.GetPackageAsync(id))!.Value.Package);
        Assert.Equal(Set.Learnwares[0].Package, (await market.GetPackageAsync(id, version: 1))!.Value.Package);
        Assert.Equal([1, 2], (await market.Store.ListVersionsAsync(id)).Select(v => v.Version));
        Assert.Equal(2, (await market.ListAsync()).Count);
    }

    [Fact]
    public async Task ARejectedThirdVersion_DoesNotHideTheSecondFromSearch()
    {
        using var market = await folder.OpenNewMarketAsync();
        var id = await AddTwoAsync(market);
        var v2 = Renamed("gaussian cluster 0, second edition");
        Assert.True((await market.UpdateAsync(id, v2)).Usable);

        var result = await market.UpdateAsync(id, ClusterPackages.Unlicensed(Set.Learnwares[0], "gaussian cluster 0, broken edition"));

        var stored = Assert.IsType<StoredLearnware>(result.Stored);
        Assert.Equal((3, LearnwareStatus.Rejected), (stored.Version, stored.Status));
        Assert.Contains(result.Report.Failures, f => f.StartsWith("semantic: ", StringComparison.Ordinal));
        var best = (await SearchCluster0Async(market))[0];
        Assert.Equal((id, "gaussian cluster 0, second edition"), (best.Id, best.Name));
        var byText = await market.SearchAsync(new SearchQuery { Text = "edition" });
        Assert.Equal(["gaussian cluster 0, second edition"], byText.Single.Select(r => r.Name));
        var served = (await market.GetPackageAsync(id))!.Value;
        Assert.Equal(2, served.Version.Version);
        Assert.Equal(v2, served.Package);
        var listed = Assert.Single(await market.ListAsync(), l => l.Id == id);
        Assert.Equal((3, LearnwareStatus.Rejected), (listed.Version, listed.Status));
    }

    [Fact]
    public async Task AnUpdateWithBytesAlreadyInTheMarket_OrOfAnUnknownId_IsRefused()
    {
        using var market = await folder.OpenNewMarketAsync();
        var id = await AddTwoAsync(market);

        var same = await Assert.ThrowsAsync<DuplicatePackageException>(() => market.UpdateAsync(id, Set.Learnwares[0].Package));
        var other = await Assert.ThrowsAsync<DuplicatePackageException>(() => market.UpdateAsync(id, Set.Learnwares[1].Package));
        await Assert.ThrowsAsync<LearnwareNotFoundException>(() => market.UpdateAsync("aaaaaaaaaaaa", Renamed("gaussian cluster 0, orphan")));

        Assert.Equal((id, 1), (same.ExistingLearnwareId, same.ExistingVersion));
        Assert.NotEqual(id, other.ExistingLearnwareId);
        Assert.Equal([1], (await market.Store.ListVersionsAsync(id)).Select(v => v.Version));
        Assert.Equal(2, (await market.ListAsync()).Count);
    }

    [Fact]
    public async Task ARemovedLearnware_IsNoLongerFound_ByListSearchOrGet()
    {
        using var market = await folder.OpenNewMarketAsync();
        var id = await AddTwoAsync(market);
        Assert.True((await market.UpdateAsync(id, Renamed("gaussian cluster 0, second edition"))).Usable);

        Assert.True(await market.RemoveAsync(id));

        Assert.DoesNotContain(id, (await SearchCluster0Async(market)).Select(r => r.Id));
        Assert.Equal(["gaussian cluster 1"], (await SearchCluster0Async(market)).Select(r => r.Name));
        Assert.DoesNotContain(id, (await market.SearchAsync(new SearchQuery { Text = "gaussian cluster 0" })).Single.Select(r => r.Id));
        Assert.Null(await market.GetPackageAsync(id));
        Assert.Equal(["gaussian cluster 1"], (await market.ListAsync()).Select(l => l.Name));
        Assert.False(await market.RemoveAsync(id));
        var again = await market.AddAsync(Set.Learnwares[0].Package, "alice");
        Assert.True(again.Usable);
        Assert.NotEqual(id, again.Stored!.Id);
    }
}
