using Learnware.Market.Search;
using Learnware.Market.Tests.Packages;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Facade;

/// <summary>
/// <see cref="LearnwareMarket.SearchAsync"/> on an island above <c>ExactThreshold</c>, through the sketch-index
/// shortlist, agrees with the exact search of the same learnwares.
/// </summary>
public class FacadeShortlistTests(ShortlistedMarketFixture markets) : IClassFixture<ShortlistedMarketFixture>
{
    private static ClusterSet Set => ClusterSet.Shared;

    [Theory]
    [MemberData(nameof(ClusterSet.Clusters), MemberType = typeof(ClusterSet))]
    public async Task AUserFromOneCluster_RanksThatClustersLearnwareFirst_AsTheExactSearchDoes(int cluster)
    {
        var user = Set.User(seed: 30 + cluster, (cluster, 150));

        var (shortlisted, exact) = await SearchBothAsync(user);

        Assert.Equal(markets.ShortlistedIds[cluster], shortlisted.Single[0].Id);
        Assert.Equal(ClusterSet.NameOf(cluster), shortlisted.Single[0].Name);
        Assert.Equal(cluster, markets.ExactIds.ToList().IndexOf(exact.Single[0].Id));
        Assert.Equal(Clusters(exact.Mixture, markets.ExactIds), Clusters(shortlisted.Mixture, markets.ShortlistedIds));
    }

    [Fact]
    public async Task AUserDrawnSeventyThirtyFromTwoClusters_GetsTheSameMixtureAsTheExactSearch()
    {
        var user = Set.User(seed: 7, (1, 140), (3, 60));

        var (shortlisted, exact) = await SearchBothAsync(user);

        Assert.Equal(markets.ShortlistedIds[1], shortlisted.Single[0].Id);
        Assert.Equal(markets.ExactIds[1], exact.Single[0].Id);
        Assert.Equal([1, 3], Clusters(shortlisted.Mixture, markets.ShortlistedIds));
        Assert.Equal([1, 3], Clusters(exact.Mixture, markets.ExactIds));
    }

    /// <summary>
    /// Searches both markets for one learnware and a mixture of at most two: the shortlist then holds
    /// max(Top, MaxMixture²) = 4 of the five learnwares.
    /// </summary>
    private async Task<(SearchResult Shortlisted, SearchResult Exact)> SearchBothAsync(RkmeTableSpecification user)
    {
        Assert.True(ClusterSet.Count > markets.Shortlisted.RankingOptions.ExactThreshold, "the island must be above the exact threshold");
        var query = new SearchQuery { Spec = user, Top = 1, MaxMixture = 2 };
        return (await markets.Shortlisted.SearchAsync(query), await markets.Exact.SearchAsync(query));
    }

    /// <summary>The cluster of each learnware in the mixture, in its order; empty when there is no mixture.</summary>
    private static int[] Clusters(MixtureResult? mixture, IReadOnlyList<string> ids) =>
        mixture is null ? [] : [.. mixture.Ids.Select(id => ids.ToList().IndexOf(id))];
}
