using Learnware.Market.Search;

namespace Learnware.Market.Tests.Search;

public class ScoreConversionTests
{
    private static double[] Scores(params double[] distances)
    {
        var scores = new double[distances.Length];
        ScoreConversion.ToScores(distances, scores);
        return scores;
    }

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], actual[i], 1e-4);
    }

    [Fact]
    public void EqualDistances_AllScoreOne() => Assert.Equal([1, 1, 1], Scores(0.3, 0.3, 0.3));

    [Fact]
    public void Empty_GivesNothing()
    {
        Assert.Empty(Scores());
        var ranked = ScoreConversion.Rank([], 0.5);
        Assert.Empty(ranked.Single);
        Assert.Null(ranked.Mixture);
    }

    [Fact]
    public void NearestBelowTenthOfMean_ScoresOne()
    {
        // mean 0.5033, ε = 0.0503 > min 0.01, so ε = 0.01: (1 − d)/0.99; 0.505 lifts to min(√0.505, 0.7) = 0.7.
        AssertClose([1, 0.7, 0], Scores(0.01, 0.5, 1.0));
    }

    [Fact]
    public void CloseDistances_GiveTheBestExactly092()
    {
        // ε = 0.105 ≤ min; (1.1 − 1)/(1.1 − 0.105) = 0.1005 < 0.92, so ε = 1.1 − 0.1/0.92 and the scale is 0.1/0.92.
        // 1.05 scores 0.46, lifted to √0.46 = 0.6782.
        AssertClose([0.92, Math.Sqrt(0.46), 0], Scores(1.0, 1.05, 1.1));
    }

    [Fact]
    public void SpreadDistances_KeepTheTenthOfMean()
    {
        // mean 9.5, ε = 0.95 ≤ min 1; (30 − 1)/(30 − 0.95) = 0.9983 ≥ 0.92, so ε stays: scores (30 − d)/29.05.
        AssertClose([29 / 29.05, 28 / 29.05, 25 / 29.05, 0], Scores(1, 2, 5, 30));
    }

    [Fact]
    public void Farthest_AlwaysScoresZero()
    {
        var random = new Random(3);
        for (int trial = 0; trial < 50; trial++)
        {
            var distances = Enumerable.Range(0, 2 + trial % 7).Select(_ => random.NextDouble()).ToArray();
            var scores = Scores(distances);
            Assert.Equal(0, scores[Array.IndexOf(distances, distances.Max())]);
            Assert.All(scores, s => Assert.InRange(s, 0, 1));
        }
    }

    [Fact]
    public void SingleFilter_KeepsWhileAtLeast06()
    {
        var ranked = ScoreConversion.Rank([1, 2, 5, 30], null);
        AssertClose([29 / 29.05, 28 / 29.05, 25 / 29.05], ranked.Single);
        Assert.Null(ranked.Mixture);
    }

    [Fact]
    public void Mixture_WithTheSamePercentAsTheBestSingle_IsDropped()
    {
        // mean 7.799, ε = 0.7799; both the mixture (0.9926) and the best single (0.9925) truncate to 99.
        var ranked = ScoreConversion.Rank([1, 2, 5, 30], 0.995);
        Assert.Null(ranked.Mixture);
        Assert.Equal(3, ranked.Single.Count);
    }

    [Fact]
    public void BetterMixture_IsKept_AndLiftsWithALoneSingle()
    {
        // With the mixture (0.5): ε = 1.1 − 0.6/0.92, the mixture scores 0.92 and the best single
        // √(0.1/0.6522) = 0.3916. It is alone (the next scores 0.277), so it becomes 0.6 and the mixture
        // 0.92 · 0.6/0.3916 = 1.41, capped at 1.
        var ranked = ScoreConversion.Rank([1.0, 1.05, 1.1], 0.5);
        AssertClose([0.6], ranked.Single);
        Assert.Equal(1.0, ranked.Mixture);
    }

    [Fact]
    public void LoneSingleAtZero_UsesRatio100()
    {
        // One single (score 0, the farthest) and a better mixture (0.92): 0.92 · 100 caps at 1.
        var ranked = ScoreConversion.Rank([1.0], 0.5);
        AssertClose([0.6], ranked.Single);
        Assert.Equal(1.0, ranked.Mixture);
    }

    [Fact]
    public void NoMixture_LoneSingleIsStillLifted()
    {
        var ranked = ScoreConversion.Rank([1.0, 1.05, 1.1], null);
        Assert.Equal(2, ranked.Single.Count); // 0.92, then √0.46 = 0.678 ≥ 0.6
        AssertClose([1.0], ScoreConversion.Rank([0.7], null).Single); // all equal
    }
}
