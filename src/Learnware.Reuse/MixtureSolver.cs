using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Reuse;

/// <summary>How much of the user's data each learnware's specification explains: the simplex QP of the reference.</summary>
internal static class MixtureSolver
{
    /// <summary>
    /// w = argmin ½ wᵀKw − Cᵀw over the simplex, K_ij = &lt;L_i, L_j&gt; and C_i = &lt;u, L_i&gt;, with u the full
    /// empirical embedding of the user's rows (every row, weight 1/n), already mapped into the specifications' point space.
    /// </summary>
    public static double[] Compute(IReadOnlyList<IStatSpecification> specs, DenseMatrix userPoints)
    {
        int m = specs.Count;
        var weights = new double[m];
        if (m == 1)
        {
            weights[0] = 1;
            return weights;
        }
        var user = specs[0].Empirical(userPoints);
        var q = new double[m * m];
        var c = new double[m];
        for (int i = 0; i < m; i++)
        {
            // Each product is taken in L_i's kernel, as the reference does; the average keeps K symmetric when
            // two learnwares were made with different bandwidths.
            for (int j = i; j < m; j++)
                q[i * m + j] = q[j * m + i] = i == j
                    ? specs[i].InnerProduct(specs[i])
                    : 0.5 * (specs[i].InnerProduct(specs[j]) + specs[j].InnerProduct(specs[i]));
            c[i] = specs[i].InnerProduct(user);
        }
        SimplexQpSolver.Solve(q, c, weights);
        return weights;
    }

    /// <summary>
    /// round(w_i·T) samples per learnware; when rounding leaves none at all, the heaviest learnware gets one.
    /// </summary>
    public static int[] SampleCounts(IReadOnlyList<double> weights, int total)
    {
        var counts = weights.Select(w => (int)Math.Round(w * total, MidpointRounding.AwayFromZero)).ToArray();
        if (counts.Sum() == 0)
            counts[PredictionReader.ArgMax(weights.ToArray())] = 1;
        return counts;
    }
}
