using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Benchmarks;

/// <summary>
/// A synthetic island of RKME table specifications, each a deterministic function of its index: K points drawn
/// from N(c, I) around a centre c uniform in [−Range, Range]^d, with random positive weights summing to one.
/// </summary>
internal static class SyntheticMarket
{
    public const double Range = 3;
    public const double Gamma = 0.1;

    /// <summary>Specifications 0..count−1, made in parallel.</summary>
    public static RkmeTableSpecification[] Learnwares(int count, int dimension, int points, int seed)
    {
        var specs = new RkmeTableSpecification[count];
        Parallel.For(0, count, i => specs[i] = Learnware(i, dimension, points, seed));
        return specs;
    }

    public static RkmeTableSpecification Learnware(int index, int dimension, int points, int seed)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var centre = Centre(random, dimension);
        var z = new double[points * dimension];
        for (int i = 0; i < points; i++)
            for (int j = 0; j < dimension; j++)
                z[i * dimension + j] = centre[j] + StandardNormal.Sample(random);
        var weights = new double[points];
        for (int i = 0; i < points; i++)
            weights[i] = 0.5 + random.NextDouble();
        double total = weights.Sum();
        for (int i = 0; i < points; i++)
            weights[i] /= total;
        return new RkmeTableSpecification(z, dimension, weights, Gamma, points);
    }

    /// <summary>A user: the RKME (K = <paramref name="points"/>) of <paramref name="rows"/> fresh rows around a random centre.</summary>
    public static RkmeTableSpecification User(int index, int dimension, int rows, int points, int seed)
    {
        var random = new Random(unchecked(-seed * 1_000_003 - index - 1));
        var centre = Centre(random, dimension);
        var data = new double[rows * dimension];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < dimension; j++)
                data[i * dimension + j] = centre[j] + StandardNormal.Sample(random);
        return RkmeTableSpecification.FromData(new DenseMatrix(data, rows, dimension),
            new RkmeOptions { Gamma = Gamma, ReducedSetSize = points, Seed = index });
    }

    private static double[] Centre(Random random, int dimension)
    {
        var centre = new double[dimension];
        for (int j = 0; j < dimension; j++)
            centre[j] = (2 * random.NextDouble() - 1) * Range;
        return centre;
    }
}
