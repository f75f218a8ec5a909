using Learnware.Market.Index;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Index;

public class RandomFeatureMapTests
{
    private const int Dimension = 4;

    [Fact]
    public void SketchDistance_ApproximatesMmd2_AtD1024()
    {
        var specs = WellSeparatedSpecs();
        var map = new RandomFeatureMap(Dimension, 0.1, 1024, seed: 7);
        var sketches = specs.Select(map.Sketch).ToArray();
        int checkedPairs = 0;
        for (int a = 0; a < specs.Length; a++)
            for (int b = a + 1; b < specs.Length; b++)
            {
                double exact = specs[a].SquaredDistance(specs[b]);
                if (exact < 0.1 || exact > 1)
                    continue;
                double estimate = SketchDistance.Squared(sketches[a], sketches[b]);
                Assert.True(Math.Abs(estimate - exact) <= 0.3 * exact, $"pair ({a},{b}): sketch {estimate:G4} vs MMD² {exact:G4}");
                checkedPairs++;
            }
        Assert.True(checkedPairs >= 5, $"only {checkedPairs} pairs had MMD² in [0.1, 1]");
    }

    [Fact]
    public void SketchDistance_PreservesTheOrderOfClearlyDifferentDistances()
    {
        var specs = WellSeparatedSpecs();
        var map = new RandomFeatureMap(Dimension, 0.1, 1024, seed: 11);
        var sketches = specs.Select(map.Sketch).ToArray();
        var pairs = new List<(double Exact, double Estimate)>();
        for (int a = 0; a < specs.Length; a++)
            for (int b = a + 1; b < specs.Length; b++)
                pairs.Add((specs[a].SquaredDistance(specs[b]), SketchDistance.Squared(sketches[a], sketches[b])));
        int compared = 0;
        foreach (var p in pairs)
            foreach (var q in pairs)
                if (p.Exact > 1.5 * q.Exact && q.Exact > 0.02)
                {
                    Assert.True(p.Estimate > q.Estimate, $"MMD² {p.Exact:G4} > {q.Exact:G4} but sketch {p.Estimate:G4} <= {q.Estimate:G4}");
                    compared++;
                }
        Assert.True(compared > 10);
    }

    [Fact]
    public void SketchOfASinglePoint_HasUnitNormApproximately()
    {
        // φ(x)·φ(x) estimates k(x, x) = 1.
        var spec = new RkmeTableSpecification([0.5, -1, 2, 0.25], Dimension, [1.0], 0.1, 1);
        var sketch = new RandomFeatureMap(Dimension, 0.1, 4096, seed: 3).Sketch(spec);
        double norm = sketch.Sum(v => (double)v * v);
        Assert.InRange(norm, 0.9, 1.1);
    }

    [Fact]
    public void SameSeed_GivesTheSameSketch_AndAnotherSeedDoesNot()
    {
        var spec = IndexTestSpecs.Random(Dimension, 10, seed: 1);
        var first = new RandomFeatureMap(Dimension, 0.1, 256, seed: 42).Sketch(spec);
        var again = new RandomFeatureMap(Dimension, 0.1, 256, seed: 42).Sketch(spec);
        var other = new RandomFeatureMap(Dimension, 0.1, 256, seed: 43).Sketch(spec);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void SketchIntoSpan_EqualsSketchArray()
    {
        var map = new RandomFeatureMap(Dimension, 0.1, 40, seed: 5);
        var spec = IndexTestSpecs.Random(Dimension, 7, seed: 2);
        var destination = new float[40];
        map.Sketch(spec, destination);
        Assert.Equal(map.Sketch(spec), destination);
    }

    [Fact]
    public void Sketch_IsLinearInTheWeightedPoints_AcrossBlocksOfPoints()
    {
        // 300 points span several projection blocks; the sketch must still be Σ β_i φ(z_i).
        var whole = IndexTestSpecs.Random(Dimension, 300, seed: 8);
        var first = Part(whole, 0, 170);
        var rest = Part(whole, 170, 300);
        var map = new RandomFeatureMap(Dimension, 0.1, 96, seed: 4);
        var sketch = map.Sketch(whole);
        var sum = map.Sketch(first).Zip(map.Sketch(rest), (a, b) => a + b).ToArray();
        for (int f = 0; f < sketch.Length; f++)
            Assert.Equal(sum[f], sketch[f], 5);
    }

    [Fact]
    public void SpecOfAnotherGammaOrDimension_IsNotSketched()
    {
        var map = new RandomFeatureMap(Dimension, 0.1, 64);
        var otherGamma = IndexTestSpecs.Random(Dimension, 5, seed: 1, gamma: 0.2);
        var otherDimension = IndexTestSpecs.Random(Dimension + 1, 5, seed: 1);
        Assert.False(map.CanSketch(otherGamma));
        Assert.False(map.CanSketch(otherDimension));
        Assert.Throws<ArgumentException>(() => map.Sketch(otherGamma));
        Assert.True(map.CanSketch(IndexTestSpecs.Random(Dimension, 5, seed: 1)));
    }

    [Fact]
    public void InvalidSettings_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomFeatureMap(0, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomFeatureMap(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomFeatureMap(3, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomFeatureMap(3, 0.1, 0));
    }

    private static RkmeTableSpecification Part(RkmeTableSpecification spec, int start, int end) =>
        new(spec.Points[(start * Dimension)..(end * Dimension)].ToArray(), Dimension, spec.Weights[start..end].ToArray(),
            spec.Gamma, end - start);

    /// <summary>Specs of Gaussian blobs whose centres sit at several distances along a line, so MMD² spans 0.05–1.5.</summary>
    private static RkmeTableSpecification[] WellSeparatedSpecs()
    {
        double[] offsets = [0, 1, 2, 3, 4.5, 6, 9];
        return offsets.Select((offset, i) =>
            IndexTestSpecs.FromGaussian([offset, offset / 2, 0, -offset / 3], 0.5, 300, 20, seed: 100 + i)).ToArray();
    }
}
