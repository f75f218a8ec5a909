using Learnware.Market.Search;
using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Search;

/// <summary>
/// Twenty learnwares, each the RKME of its own well-separated Gaussian cluster in 8 dimensions, built once for the
/// tests that share it.
/// </summary>
public sealed class ClusterMarket
{
    public const int Clusters = 20, Dimension = 8, RowsPerCluster = 200;
    private const double Spread = 4.0, ClusterSd = 1.0;

    public ClusterMarket()
    {
        var random = new Random(11);
        Centres = SearchTestData.Centres(Clusters, Dimension, Spread, random);
        Candidates = Enumerable.Range(0, Clusters)
            .Select(j => SearchTestData.Candidate($"cluster_{j}", SearchTestData.Spec(Draw(random, (j, RowsPerCluster)), k: 20, seed: j)))
            .ToArray();
    }

    public double[][] Centres { get; }

    public SearchCandidate[] Candidates { get; }

    /// <summary>Rows from the given clusters, <c>count</c> rows from each.</summary>
    public DenseMatrix Draw(Random random, params (int Cluster, int Count)[] parts) =>
        SearchTestData.Sample(parts.Select(p => Centres[p.Cluster]).ToArray(), parts.Select(p => p.Count).ToArray(),
            ClusterSd, random);

    /// <summary>A user RKME of rows drawn from the given clusters.</summary>
    public RkmeTableSpecification User(int seed, params (int Cluster, int Count)[] parts) =>
        SearchTestData.Spec(Draw(new Random(seed), parts), k: 30, seed: seed);
}
