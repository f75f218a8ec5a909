using Learnware.Market.Tests.Search;
using Learnware.Specifications;

namespace Learnware.Market.Tests.Packages;

/// <summary>
/// Five learnwares named <c>gaussian cluster 0</c> … <c>gaussian cluster 4</c>, each trained on its own
/// well-separated cluster in 6 dimensions; trained once per test run.
/// </summary>
public sealed class ClusterSet
{
    public const int Count = 5, Dimension = 6;
    private const double Spread = 4.0;

    private static readonly Lazy<ClusterSet> _shared = new(() => new ClusterSet());

    private ClusterSet()
    {
        var centres = SearchTestData.Centres(Count, Dimension, Spread, new Random(5));
        Learnwares = [.. centres.Select((centre, j) => ClusterPackages.Train(NameOf(j), centre, seed: 100 + j))];
    }

    public static ClusterSet Shared => _shared.Value;

    /// <summary>Every cluster index, for a theory run once per cluster.</summary>
    public static TheoryData<int> Clusters => [.. Enumerable.Range(0, Count)];

    public IReadOnlyList<ClusterLearnware> Learnwares { get; }

    public static string NameOf(int cluster) => $"gaussian cluster {cluster}";

    /// <summary>The RKME (K = 20) of a user's rows: <c>count</c> fresh rows from each given cluster.</summary>
    public RkmeTableSpecification User(int seed, params (int Cluster, int Count)[] parts)
    {
        var random = new Random(seed);
        var rows = parts.SelectMany(p => ClusterPackages.Draw(Learnwares[p.Cluster].Centre, p.Count, random)).ToArray();
        return RkmeTableSpecification.FromData(TestPackages.Matrix(rows), new RkmeOptions { ReducedSetSize = 20, Seed = seed });
    }
}
