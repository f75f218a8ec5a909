using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Tests.Specifications;

public class RkmeTableSpecificationTests
{
    private static readonly DenseMatrix ClusterA = SyntheticData.Gaussian(1500, SyntheticData.Centre(6, 0), 1, seed: 1);
    private static readonly DenseMatrix ClusterB = SyntheticData.Gaussian(1500, SyntheticData.Centre(6, 2.5), 1, seed: 2);

    private static RkmeTableSpecification Spec(DenseMatrix data, int k = 50, int seed = 0) =>
        RkmeTableSpecification.FromData(data, new RkmeOptions { ReducedSetSize = k, Seed = seed });

    [Fact]
    public void Distance_OfASpecToItself_IsZero()
    {
        var spec = Spec(ClusterA);
        Assert.Equal(0, spec.SquaredDistance(spec), 12);
    }

    [Fact]
    public void Distance_IsSymmetric_ForEqualGammas()
    {
        var a = Spec(ClusterA);
        var b = Spec(ClusterB);
        Assert.Equal(a.SquaredDistance(b), b.SquaredDistance(a), 12);
        Assert.True(a.SquaredDistance(b) > 0.05);
    }

    [Fact]
    public void Spec_IsCloserToItsOwnData_ThanToAnotherCluster()
    {
        var spec = Spec(ClusterA);
        var freshA = SyntheticData.Gaussian(800, SyntheticData.Centre(6, 0), 1, seed: 11);
        var freshB = SyntheticData.Gaussian(800, SyntheticData.Centre(6, 2.5), 1, seed: 12);
        double own = SyntheticData.Mmd2ToData(spec, freshA);
        double other = SyntheticData.Mmd2ToData(spec, freshB);
        Assert.True(own * 10 < other, $"own {own} vs other {other}");
    }

    [Fact]
    public void ReducedSet_BeatsRandomRowsOfTheData()
    {
        const int K = 40;
        var spec = Spec(ClusterA, K);
        double reduced = SyntheticData.Mmd2ToData(spec, ClusterA);
        var random = new Random(5);
        for (int trial = 0; trial < 5; trial++)
        {
            var rows = Enumerable.Range(0, K).Select(_ => ClusterA.Row(random.Next(ClusterA.Rows)).ToArray()).ToArray();
            var weights = Enumerable.Repeat(1.0 / K, K).ToArray();
            var sample = new RkmeTableSpecification(rows.SelectMany(r => r).ToArray(), 6, weights, 0.1, K);
            double sampled = SyntheticData.Mmd2ToData(sample, ClusterA);
            Assert.True(reduced < sampled / 2, $"reduced {reduced} vs {K} random rows {sampled}");
        }
    }

    [Fact]
    public void Generation_IsDeterministicForASeed_AndDiffersAcrossSeeds()
    {
        var first = Spec(ClusterA, seed: 3);
        var second = Spec(ClusterA, seed: 3);
        var other = Spec(ClusterA, seed: 4);
        Assert.Equal(first.Points.ToArray(), second.Points.ToArray());
        Assert.Equal(first.Weights.ToArray(), second.Weights.ToArray());
        Assert.NotEqual(first.Points.ToArray(), other.Points.ToArray());
    }

    [Fact]
    public void Weights_LieOnTheSimplex()
    {
        var spec = Spec(ClusterB);
        Assert.All(spec.Weights.ToArray(), w => Assert.True(w >= 0));
        Assert.Equal(1, spec.Weights.ToArray().Sum(), 12);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 3)]
    [InlineData(100, 66)]
    [InlineData(101, 100)]
    public void KRule_FollowsTheReference(int rows, int expectedK)
    {
        var data = SyntheticData.Gaussian(rows, SyntheticData.Centre(3, 0), 1, seed: rows);
        var spec = Spec(data, k: 100);
        Assert.Equal(expectedK, spec.Count);
        Assert.Equal(rows, spec.NumPoints);
    }

    [Fact]
    public void SizeCap_LimitsKTimesDimension()
    {
        Assert.Equal(20, new RkmeOptions().EffectiveReducedSetSize(1_000_000, 100_000));
        Assert.Equal(65, new RkmeOptions().EffectiveReducedSetSize(1_000_000, 20_000));
        Assert.Equal(100, new RkmeOptions().EffectiveReducedSetSize(1_000_000, 1000));
    }

    [Fact]
    public void NoReduce_KeepsEveryRowWithUniformWeights()
    {
        var spec = RkmeTableSpecification.FromData(ClusterA, new RkmeOptions { Reduce = false });
        Assert.Equal(ClusterA.Rows, spec.Count);
        Assert.Equal(ClusterA.Data, spec.Points.ToArray());
        Assert.All(spec.Weights.ToArray(), w => Assert.Equal(1.0 / ClusterA.Rows, w, 15));
    }

    [Fact]
    public void MissingValues_AreFilledWithTheColumnMean()
    {
        var data = new DenseMatrix([1, 10, double.NaN, 20, 3, double.PositiveInfinity], 3, 2);
        var filled = MissingValues.Fill(data);
        Assert.Equal([1, 10, 2, 20, 3, 15], filled.Data);
        Assert.True(double.IsNaN(data.Data[2]), "the caller's data must not change");
        var spec = RkmeTableSpecification.FromData(data);
        Assert.All(spec.Points.ToArray(), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void AColumnWithNoFiniteValue_IsRejectedByName()
    {
        var data = new DenseMatrix([1, double.NaN, 2, double.NegativeInfinity], 2, 2);
        var error = Assert.Throws<ArgumentException>(() => MissingValues.Fill(data, ["age", "income"]));
        Assert.Contains("'income'", error.Message);
    }

    [Fact]
    public void Herding_DoesNotChangeTheSpec_AndItsSamplesFollowIt()
    {
        var weights = Enumerable.Range(0, 30).Select(i => i == 0 ? -0.05 : 1.05 / 29).ToArray();
        var z = ClusterA.Data.AsSpan(0, 30 * 6).ToArray();
        var spec = new RkmeTableSpecification(z, 6, weights, 0.1, 30);
        var before = spec.Weights.ToArray();
        var samples = spec.Herd(64, new Random(1));
        Assert.Equal(before, spec.Weights.ToArray());
        Assert.Equal(64 * 6, samples.Length);

        var herded = new RkmeTableSpecification(samples, 6, Enumerable.Repeat(1.0 / 64, 64).ToArray(), 0.1, 64);
        var far = SyntheticData.Gaussian(64, SyntheticData.Centre(6, 2.5), 1, seed: 9);
        var farSpec = new RkmeTableSpecification(far.Data, 6, Enumerable.Repeat(1.0 / 64, 64).ToArray(), 0.1, 64);
        Assert.True(spec.SquaredDistance(herded) * 5 < spec.SquaredDistance(farSpec));
    }

    [Fact]
    public void Gradient_StepsNeverMakeTheFitWorse()
    {
        var noSteps = RkmeTableSpecification.FromData(ClusterB, new RkmeOptions { ReducedSetSize = 30, Steps = 0 });
        var withSteps = RkmeTableSpecification.FromData(ClusterB, new RkmeOptions { ReducedSetSize = 30, Steps = 5, StepSize = 1 });
        Assert.True(SyntheticData.Mmd2ToData(withSteps, ClusterB) <= SyntheticData.Mmd2ToData(noSteps, ClusterB) + 1e-15);
    }

    [Fact]
    public void NegativeWeightsOption_SolvesTheRidgeSystem()
    {
        var spec = RkmeTableSpecification.FromData(ClusterA, new RkmeOptions { ReducedSetSize = 20, NonNegativeWeights = false, Steps = 0 });
        Assert.True(SyntheticData.Mmd2ToData(spec, ClusterA) < 0.01);
    }
}
