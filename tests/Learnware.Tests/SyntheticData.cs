using Learnware.Numerics;

namespace Learnware.Tests;

/// <summary>Seeded synthetic tables for numeric tests.</summary>
internal static class SyntheticData
{
    /// <summary>n rows of an isotropic Gaussian with the given centre and standard deviation.</summary>
    public static DenseMatrix Gaussian(int n, double[] centre, double sd, int seed)
    {
        var random = new Random(seed);
        int d = centre.Length;
        var data = new double[n * d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                data[i * d + j] = centre[j] + sd * Normal(random);
        return new DenseMatrix(data, n, d);
    }

    /// <summary>A centre with every coordinate equal to <paramref name="value"/>.</summary>
    public static double[] Centre(int d, double value) => Enumerable.Repeat(value, d).ToArray();

    public static double Normal(Random random) => StandardNormal.Sample(random);

    /// <summary>MMD² between a specification and the full empirical embedding of the data.</summary>
    public static double Mmd2ToData(Learnware.Specifications.RkmeTableSpecification spec, DenseMatrix data) =>
        spec.SquaredDistance(Learnware.Specifications.RkmeTableSpecification.FromData(
            data, new Learnware.Specifications.RkmeOptions { Gamma = spec.Gamma, Reduce = false }));
}
