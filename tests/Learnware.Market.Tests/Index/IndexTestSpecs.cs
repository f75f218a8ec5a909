using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Index;

/// <summary>Specifications for the index tests, each a deterministic function of its seed.</summary>
internal static class IndexTestSpecs
{
    /// <summary>The RKME of n points drawn from N(centre, spread² I).</summary>
    public static RkmeTableSpecification FromGaussian(double[] centre, double spread, int rows, int reducedSetSize,
        int seed, double gamma = 0.1)
    {
        var random = new Random(seed);
        int d = centre.Length;
        var data = new double[rows * d];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < d; j++)
                data[i * d + j] = centre[j] + spread * StandardNormal.Sample(random);
        return RkmeTableSpecification.FromData(new DenseMatrix(data, rows, d),
            new RkmeOptions { Gamma = gamma, ReducedSetSize = reducedSetSize });
    }

    /// <summary>K points around a centre uniform in [−range, range]^d, with random positive weights summing to one.</summary>
    public static RkmeTableSpecification Random(int d, int k, int seed, double range = 3, double gamma = 0.1)
    {
        var random = new Random(seed);
        var centre = new double[d];
        for (int j = 0; j < d; j++)
            centre[j] = (2 * random.NextDouble() - 1) * range;
        var points = new double[k * d];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < d; j++)
                points[i * d + j] = centre[j] + StandardNormal.Sample(random);
        var weights = new double[k];
        for (int i = 0; i < k; i++)
            weights[i] = 0.5 + random.NextDouble();
        double total = weights.Sum();
        for (int i = 0; i < k; i++)
            weights[i] /= total;
        return new RkmeTableSpecification(points, d, weights, gamma, k);
    }
}
