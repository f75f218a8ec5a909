using Learnware.Specifications;

namespace Learnware.Market.Search;

/// <summary>
/// The candidates of the user's island (a specification of the user's kind and point shape) ranked by MMD² to the
/// user, nearest first, with the inner products the mixture search reuses.
/// </summary>
internal sealed class SingleRanking
{
    private SingleRanking(double userSelf, SearchCandidate[] candidates, double[] distances, double[] selfProducts,
        double[] crossProducts)
    {
        UserSelf = userSelf;
        Candidates = candidates;
        Distances = distances;
        SelfProducts = selfProducts;
        CrossProducts = crossProducts;
    }

    /// <summary>&lt;u, u&gt;.</summary>
    public double UserSelf { get; }

    /// <summary>Ranked candidates; each has a specification.</summary>
    public SearchCandidate[] Candidates { get; }

    /// <summary>MMD² of each ranked candidate, ascending and finite.</summary>
    public double[] Distances { get; }

    /// <summary>&lt;L, L&gt; of each ranked candidate.</summary>
    public double[] SelfProducts { get; }

    /// <summary>&lt;L, u&gt; of each ranked candidate, in L's kernel.</summary>
    public double[] CrossProducts { get; }

    /// <summary>Number of ranked candidates.</summary>
    public int Count => Candidates.Length;

    /// <summary>Ranks the candidates that share the user's island; others, and non-finite distances, are left out.</summary>
    public static SingleRanking Compute(IStatSpecification user, IReadOnlyList<SearchCandidate> candidates)
    {
        double userSelf = user.InnerProduct(user);
        if (!double.IsFinite(userSelf))
            throw new ArgumentException("the user's specification has a non-finite norm", nameof(user));

        var island = candidates.Where(c => c.Spec is { } spec && user.SharesIslandWith(spec)).ToArray();
        int n = island.Length;
        double[] self = new double[n], cross = new double[n], distance = new double[n];
        // Each candidate writes only its own slots, so the result does not depend on scheduling.
        Parallel.For(0, n, i =>
        {
            var spec = island[i].Spec!;
            self[i] = spec.InnerProduct(spec);
            cross[i] = spec.InnerProduct(user);
            // Same terms and order as IStatSpecification.SquaredDistance, with <L,L> kept for the mixture.
            distance[i] = self[i] - 2 * cross[i] + userSelf;
        });

        var order = Enumerable.Range(0, n)
            .Where(i => double.IsFinite(distance[i]))
            .OrderBy(i => distance[i])
            .ToArray();
        return new SingleRanking(userSelf, order.Select(i => island[i]).ToArray(), order.Select(i => distance[i]).ToArray(),
            order.Select(i => self[i]).ToArray(), order.Select(i => cross[i]).ToArray());
    }

    /// <summary>The mixture problem over the first <paramref name="count"/> ranked candidates.</summary>
    public MixtureGram MixtureGram(IStatSpecification user, int count)
    {
        var specs = new IStatSpecification[count];
        var userProducts = new double[count];
        for (int i = 0; i < count; i++)
        {
            specs[i] = Candidates[i].Spec!;
            // <u, L> is <L, u> when both use one kernel; only a different gamma needs its own pass.
            userProducts[i] = specs[i].SharesKernelWith(user) ? CrossProducts[i] : user.InnerProduct(specs[i]);
        }
        return new MixtureGram(UserSelf, specs, SelfProducts.AsSpan(0, count), userProducts);
    }
}
