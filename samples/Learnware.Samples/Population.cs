using Learnware.Numerics;

namespace Learnware.Samples;

/// <summary>The applicants one lender sees: a mixture of Gaussian sub-populations over the domain's features.</summary>
internal sealed record Population(string Summary, IReadOnlyList<Cluster> Clusters)
{
    /// <summary>Draws <paramref name="rows"/> rows, values rounded to 3 decimals as a CSV export would hold them.</summary>
    public double[][] Sample(int rows, Random rng)
    {
        double total = Clusters.Sum(c => c.Share);
        var x = new double[rows][];
        for (int i = 0; i < rows; i++)
        {
            var cluster = Pick(rng.NextDouble() * total);
            x[i] = cluster.Mean.Select(m => Math.Round(m + cluster.Spread * StandardNormal.Sample(rng), 3)).ToArray();
        }
        return x;
    }

    private Cluster Pick(double u)
    {
        foreach (var cluster in Clusters)
        {
            if (u < cluster.Share)
                return cluster;
            u -= cluster.Share;
        }
        return Clusters[^1];
    }
}
