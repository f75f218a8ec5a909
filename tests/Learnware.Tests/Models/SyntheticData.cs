using Learnware.Numerics;

namespace Learnware.Tests.Models;

/// <summary>Deterministic synthetic data sets: the same seed always gives the same rows.</summary>
internal static class SyntheticData
{
    /// <summary>
    /// <paramref name="perClass"/> rows for each of <paramref name="classes"/> Gaussian blobs in
    /// <paramref name="dims"/> dimensions, centres uniform in [-<paramref name="range"/>, <paramref name="range"/>], rows shuffled.
    /// </summary>
    public static BlobData Blobs(int perClass, int classes, int dims, int seed, double spread = 1.0, double range = 10.0)
    {
        var rng = new Random(seed);
        var centers = Enumerable.Range(0, classes)
            .Select(_ => Enumerable.Range(0, dims).Select(_ => (float)((rng.NextDouble() * 2 - 1) * range)).ToArray())
            .ToArray();
        var labels = Enumerable.Range(0, classes * perClass).Select(i => i % classes).ToArray();
        rng.Shuffle(labels);
        var x = labels
            .Select(label => centers[label].Select(c => (float)(c + spread * Gaussian(rng))).ToArray())
            .ToArray();
        return new BlobData(x, labels, centers);
    }

    /// <summary>Rows with standard normal features and y = w·x + b + noise, w and b drawn from the seed too.</summary>
    public static (float[][] X, float[] Y) Linear(int rows, int dims, int seed, double noise = 0.1)
    {
        var rng = new Random(seed);
        var w = Enumerable.Range(0, dims).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var b = rng.NextDouble() * 10 - 5;
        var x = new float[rows][];
        var y = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            x[i] = Enumerable.Range(0, dims).Select(_ => (float)Gaussian(rng)).ToArray();
            y[i] = (float)(x[i].Select((v, j) => v * w[j]).Sum() + b + noise * Gaussian(rng));
        }

        return (x, y);
    }

    /// <summary>A standard normal draw (Box-Muller), so the data depend on <see cref="Random"/> alone.</summary>
    public static double Gaussian(Random rng) => StandardNormal.Sample(rng);
}
