using Learnware.Market.Index;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Index;

public class IndexedStatisticalRankingTests
{
    private const int Dimension = 5;

    [Fact]
    public void RerankedRanking_EqualsTheExactRanking_OnASmallMarket()
    {
        var market = Market(800);
        using var index = Indexed(market, 256);
        var ranking = new IndexedStatisticalRanking(index, id => market[id],
            new IndexedRankingOptions { ExactThreshold = 0, MinimumRerank = 200 });
        for (int u = 0; u < 5; u++)
        {
            var user = IndexTestSpecs.Random(Dimension, 20, seed: -1 - u);
            Assert.True(ranking.UsesSketches(user));
            var ranked = ranking.Rank(user, 10);
            Assert.Equal(BruteForce(user, market, 10), ranked);
        }
    }

    [Fact]
    public void BelowTheThreshold_RanksExactly()
    {
        var market = Market(50);
        using var index = Indexed(market, 16); // far too few features to rank well on their own
        var ranking = new IndexedStatisticalRanking(index, id => market[id]);
        var user = IndexTestSpecs.Random(Dimension, 10, seed: -5);
        Assert.False(ranking.UsesSketches(user));
        Assert.Equal(BruteForce(user, market, 50), ranking.Rank(user, 50));
        Assert.Equal(BruteForce(user, market, 3), ranking.Rank(user, 3));
    }

    [Fact]
    public void UserOfAnotherGamma_IsRankedExactly()
    {
        var market = Market(60);
        using var index = Indexed(market, 16);
        var ranking = new IndexedStatisticalRanking(index, id => market[id], new IndexedRankingOptions { ExactThreshold = 0 });
        var user = IndexTestSpecs.Random(Dimension, 10, seed: -5, gamma: 0.3);
        Assert.False(ranking.UsesSketches(user));
        Assert.Equal(BruteForce(user, market, 5), ranking.Rank(user, 5));
    }

    [Fact]
    public void LearnwaresOfAnotherGamma_AreComparedExactly()
    {
        var market = Market(300);
        var user = IndexTestSpecs.Random(Dimension, 10, seed: -9);
        // A copy of the user's own points under another gamma is the nearest learnware, and cannot be sketched.
        market["twin"] = new RkmeTableSpecification(user.Points.ToArray(), Dimension, user.Weights.ToArray(), 0.2, 10);
        using var index = Indexed(market, 64);
        var ranking = new IndexedStatisticalRanking(index, id => market[id],
            new IndexedRankingOptions { ExactThreshold = 0, MinimumRerank = 5, RerankPerResult = 1 });
        var ranked = ranking.Rank(user, 3);
        Assert.Equal(["twin"], index.ExactOnlyIds());
        Assert.Equal(BruteForce(user, market, 1)[0], ranked[0]);
        Assert.Equal("twin", ranked[0].Id);
    }

    [Fact]
    public void LearnwaresThatHaveGone_AreSkipped()
    {
        var market = Market(30);
        using var index = Indexed(market, 16);
        market.Remove("lw3");
        var ranking = new IndexedStatisticalRanking(index, id => market.GetValueOrDefault(id));
        var ranked = ranking.Rank(IndexTestSpecs.Random(Dimension, 10, seed: -2), 30);
        Assert.Equal(29, ranked.Length);
        Assert.DoesNotContain(ranked, r => r.Id == "lw3");
    }

    [Fact]
    public void UserOfAnotherDimension_IsRefused()
    {
        var market = Market(5);
        using var index = Indexed(market, 16);
        var ranking = new IndexedStatisticalRanking(index, id => market[id]);
        Assert.Throws<ArgumentException>(() => ranking.Rank(IndexTestSpecs.Random(Dimension + 1, 4, seed: 1), 2));
    }

    private static Dictionary<string, RkmeTableSpecification> Market(int size) =>
        Enumerable.Range(0, size).ToDictionary(i => $"lw{i}", i => IndexTestSpecs.Random(Dimension, 10, seed: i, range: 2));

    private static SketchIndex Indexed(Dictionary<string, RkmeTableSpecification> market, int features)
    {
        var index = new SketchIndex(new RandomFeatureMap(Dimension, 0.1, features, seed: 17));
        index.AddRange(market.ToArray());
        return index;
    }

    private static RankedLearnware[] BruteForce(RkmeTableSpecification user, Dictionary<string, RkmeTableSpecification> market,
        int count) =>
        market.Select(e => new RankedLearnware(e.Key, user.SquaredDistance(e.Value)))
            .OrderBy(r => r.Mmd2).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(count)
            .ToArray();
}
