using Learnware.Market.Search;
using Learnware.Market.Tests.Packages;
using Learnware.Specifications.Semantic;

namespace Learnware.Market.Tests.Facade;

/// <summary><see cref="LearnwareMarket.SearchAsync"/> over five learnwares, each trained on its own Gaussian cluster.</summary>
public class FacadeSearchTests(ClusterMarketFixture fixture) : IClassFixture<ClusterMarketFixture>
{
    private static ClusterSet Set => ClusterSet.Shared;

    [Theory]
    [MemberData(nameof(ClusterSet.Clusters), MemberType = typeof(ClusterSet))]
    public async Task AUserFromOneCluster_RanksThatClustersLearnwareFirst(int cluster)
    {
        var result = await fixture.Market.SearchAsync(new SearchQuery { Spec = Set.User(seed: 10 + cluster, (cluster, 150)) });

        var best = result.Single[0];
        Assert.Equal((fixture.Ids[cluster], ClusterSet.NameOf(cluster)), (best.Id, best.Name));
        Assert.Equal(1.0, best.Score);
        Assert.InRange(best.Mmd2!.Value, 0, 0.05);
        // The other clusters are far: their scores fall below the single filter's 0.6, so they are not listed.
        Assert.Single(result.Single);
    }

    [Fact]
    public async Task AUserDrawnSeventyThirtyFromTwoClusters_GetsAMixtureOfBoth_WithWeightsNearSeventyThirty()
    {
        var result = await fixture.Market.SearchAsync(new SearchQuery { Spec = Set.User(seed: 7, (1, 140), (3, 60)) });

        Assert.Equal(fixture.Ids[1], result.Single[0].Id);
        var mixture = Assert.IsType<MixtureResult>(result.Mixture);
        Assert.Equal([fixture.Ids[1], fixture.Ids[3]], mixture.Ids);
        Assert.Equal(0.7, mixture.Weights[0], 0.15);
        Assert.Equal(0.3, mixture.Weights[1], 0.15);
        Assert.Equal(1.0, mixture.Weights.Sum(), 1e-9);
        Assert.True(mixture.Mmd2 < result.Single[0].Mmd2, $"mixture {mixture.Mmd2} vs best single {result.Single[0].Mmd2}");
    }

    [Fact]
    public async Task ATextQuery_FindsTheLearnwareByName_WithoutScoresOrMixture()
    {
        var result = await fixture.Market.SearchAsync(new SearchQuery { Text = "Gaussian Cluster 3" });

        var found = Assert.Single(result.Single);
        Assert.Equal((fixture.Ids[3], "gaussian cluster 3", null, null), (found.Id, found.Name, found.Score, found.Mmd2));
        Assert.Null(result.Mixture);
    }

    [Fact]
    public async Task TagsThatNoLearnwareCarries_FindNothing_AndMatchingTagsFindEveryOneInMarketOrder()
    {
        var regression = await fixture.Market.SearchAsync(new SearchQuery { Semantic = new SemanticSpecification { Task = ["Regression"] } });
        var classification = await fixture.Market.SearchAsync(new SearchQuery
        {
            Semantic = new SemanticSpecification { Task = ["Classification"], Data = ["Table"] },
        });

        Assert.Empty(regression.Single);
        Assert.Equal(fixture.Ids, classification.Single.Select(r => r.Id));
        Assert.All(classification.Single, r => Assert.Null(r.Score));
    }

    [Fact]
    public async Task AUserSpecificationOfAnotherDimension_FindsNothing()
    {
        float[][] rows = [.. Set.Learnwares[0].Rows.Select(r => r[..4])];
        var user = Specifications.RkmeTableSpecification.FromData(TestPackages.Matrix(rows), new() { ReducedSetSize = 10 });

        var result = await fixture.Market.SearchAsync(new SearchQuery { Spec = user });

        Assert.Equal(SearchResult.Empty.Single, result.Single);
        Assert.Null(result.Mixture);
    }
}
