using Learnware.Market.Search;
using Learnware.Specifications;
using static Learnware.Market.Tests.Search.SearchTestData;

namespace Learnware.Market.Tests.Search;

public class StatisticalSearchTests(ClusterMarket market) : IClassFixture<ClusterMarket>
{
    [Fact]
    public void UserFromOneCluster_GetsThatClustersLearnwareFirst()
    {
        for (int j = 0; j < ClusterMarket.Clusters; j++)
        {
            var result = StatisticalSearcher.Search(market.User(100 + j, (j, 150)), market.Candidates);
            Assert.Equal($"id-cluster_{j}", result.Single[0].Id);
            Assert.True(result.Single[0].Mmd2 < result.Single.Skip(1).Select(s => s.Mmd2).DefaultIfEmpty(double.MaxValue).Min());
        }
    }

    [Fact]
    public void Distances_AreTheSpecificationsMmd2_Ascending()
    {
        var user = market.User(5, (3, 150));
        var result = StatisticalSearcher.Search(user, market.Candidates, top: 20);
        var byId = market.Candidates.ToDictionary(c => c.Id);
        foreach (var single in result.Single)
            Assert.Equal(byId[single.Id].Spec!.SquaredDistance(user), single.Mmd2!.Value, 1e-12);
        Assert.Equal(result.Single.Select(s => s.Mmd2), result.Single.Select(s => s.Mmd2).Order());
        Assert.Equal(result.Single.Select(s => s.Score), result.Single.Select(s => s.Score).OrderDescending());
    }

    [Theory]
    [InlineData(MixtureMethod.Greedy)]
    [InlineData(MixtureMethod.Auto)]
    public void UserFromTwoClusters_GetsBothInTheMixture_WithTheirShares(MixtureMethod method)
    {
        const int a = 4, b = 13;
        var user = market.User(42, (a, 210), (b, 90));
        var result = StatisticalSearcher.Search(user, market.Candidates, method: method);

        var mixture = Assert.IsType<MixtureResult>(result.Mixture);
        int ia = IndexOf(mixture, $"id-cluster_{a}"), ib = IndexOf(mixture, $"id-cluster_{b}");
        Assert.InRange(mixture.Weights[ia], 0.7 - 0.15, 0.7 + 0.15);
        Assert.InRange(mixture.Weights[ib], 0.3 - 0.15, 0.3 + 0.15);
        Assert.Equal(1.0, mixture.Weights.Sum(), 1e-9);
        Assert.True(mixture.Mmd2 < result.Single[0].Mmd2!.Value * 0.5);
        Assert.True(mixture.Score > result.Single[0].Score);
    }

    [Fact]
    public void GreedyMixture_StartsWithTheNearest()
    {
        var user = market.User(42, (4, 210), (13, 90));
        var result = StatisticalSearcher.Search(user, market.Candidates);
        Assert.Equal(result.Single[0].Id, result.Mixture!.Ids[0]);
    }

    [Theory]
    [InlineData(MixtureMethod.Greedy)]
    [InlineData(MixtureMethod.Auto)]
    public void UserEqualToALearnware_GetsItWithScoreOne_AndNoMixture(MixtureMethod method)
    {
        var own = market.Candidates[7];
        var result = StatisticalSearcher.Search(own.Spec!, market.Candidates, method: method);
        Assert.Equal(own.Id, result.Single[0].Id);
        Assert.Equal(0, result.Single[0].Mmd2);
        Assert.Equal(1, result.Single[0].Score);
        Assert.Null(result.Mixture);
    }

    [Fact]
    public void OtherDimensions_AndMissingSpecifications_NeverRank()
    {
        var random = new Random(9);
        var sixDimensional = Candidate("six", Spec(Sample([new double[6]], [100], 1.0, random)));
        var noSpec = Candidate("none");
        var candidates = market.Candidates.Append(sixDimensional).Append(noSpec).ToArray();

        var result = StatisticalSearcher.Search(market.User(1, (0, 100)), candidates, top: 100);
        Assert.DoesNotContain(result.Single, s => s.Id == sixDimensional.Id || s.Id == noSpec.Id);
        Assert.Empty(StatisticalSearcher.Search(market.User(1, (0, 100)), [sixDimensional, noSpec]).Single);
    }

    [Fact]
    public void Total_CountsTheSinglesThatPassTheScoreFilter_NotTheCandidates()
    {
        var user = market.User(100, (0, 150));
        var all = StatisticalSearcher.Search(user, market.Candidates, top: market.Candidates.Length, maxMixture: 1);
        var first = StatisticalSearcher.Search(user, market.Candidates, top: 1, maxMixture: 1);
        var searched = new LearnwareSearcher().Search(new SearchQuery { Spec = user, Top = 1 }, market.Candidates);

        // A user from one cluster is far from the others: the score filter must drop some, or this test shows nothing.
        Assert.InRange(all.Total, 1, market.Candidates.Length - 1);
        Assert.Equal(all.Single.Count, all.Total);
        Assert.Equal((1, all.Total), (first.Single.Count, first.Total));
        Assert.Equal(all.Total, searched.Total);
    }

    [Fact]
    public void Top_CapsTheSingleResults()
    {
        var user = market.User(3, Enumerable.Range(0, 20).Select(j => (j, 20)).ToArray());
        var result = StatisticalSearcher.Search(user, market.Candidates, top: 2, maxMixture: 1);
        Assert.True(result.Single.Count <= 2);
        Assert.Null(result.Mixture); // a mixture of one is never reported
    }

    [Fact]
    public void MixtureSize_IsCappedByMaxMixture()
    {
        var user = market.User(3, Enumerable.Range(0, 6).Select(j => (j, 50)).ToArray());
        foreach (var method in new[] { MixtureMethod.Greedy, MixtureMethod.Auto })
        {
            var result = StatisticalSearcher.Search(user, market.Candidates, maxMixture: 3, method: method);
            Assert.InRange(result.Mixture!.Ids.Count, 2, 3);
        }
    }

    [Fact]
    public void Searcher_RanksOnlyTheSemanticMatches()
    {
        var candidates = market.Candidates
            .Select((c, j) => c with { Semantic = c.Semantic with { Task = [j % 2 == 0 ? "Classification" : "Regression"] } })
            .ToArray();
        var query = new SearchQuery
        {
            Semantic = new() { Task = ["Regression"] },
            Spec = market.User(8, (2, 150)), // cluster 2's learnware is a classifier
            Top = 20,
        };
        var result = new LearnwareSearcher().Search(query, candidates);
        Assert.NotEmpty(result.Single);
        Assert.All(result.Single, s => Assert.Equal(1, int.Parse(s.Id["id-cluster_".Length..]) % 2));
        Assert.All(result.Single, s => Assert.NotNull(s.Score));
    }

    private static int IndexOf(MixtureResult mixture, string id)
    {
        int index = mixture.Ids.ToList().IndexOf(id);
        Assert.True(index >= 0, $"{id} is not in the mixture [{string.Join(", ", mixture.Ids)}]");
        return index;
    }
}
