using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Market.Search;

/// <summary>
/// The mixture problem over a fixed list of candidate RKMEs L_i for a user RKME u: K_ij = &lt;L_i, L_j&gt;,
/// C_i = &lt;u, L_i&gt;, and for a subset S the weights w minimising ‖u − Σ w_i L_i‖² on the simplex.
/// </summary>
/// <remarks>
/// K is filled lazily and kept, so the greedy search, which needs only the rows of the learnwares it has chosen,
/// computes each inner product once however many subsets it tries. The diagonal comes from the single ranking.
/// </remarks>
internal sealed class MixtureGram
{
    private readonly IStatSpecification[] _specs;
    private readonly double[] _gram;
    private readonly double[] _linear;
    private readonly double _userSelf;
    private readonly double[] _q, _c;

    /// <param name="userSelf">&lt;u, u&gt;.</param>
    /// <param name="specs">The candidates L_i.</param>
    /// <param name="selfProducts">&lt;L_i, L_i&gt;, the diagonal of K.</param>
    /// <param name="userProducts">&lt;u, L_i&gt;, the vector C.</param>
    public MixtureGram(double userSelf, IStatSpecification[] specs, ReadOnlySpan<double> selfProducts,
        ReadOnlySpan<double> userProducts)
    {
        int m = specs.Length;
        _specs = specs;
        _userSelf = userSelf;
        _gram = new double[m * m];
        _gram.AsSpan().Fill(double.NaN);
        for (int i = 0; i < m; i++)
            _gram[i * m + i] = selfProducts[i];
        _linear = userProducts[..m].ToArray();
        _q = new double[m * m];
        _c = new double[m];
    }

    /// <summary>Number of candidates.</summary>
    public int Count => _specs.Length;

    /// <summary>K_ij, computed on first use in the earlier candidate's kernel (one gamma is shared in practice).</summary>
    public double Kernel(int i, int j)
    {
        int m = _specs.Length;
        double value = _gram[i * m + j];
        if (double.IsNaN(value))
        {
            (int a, int b) = i < j ? (i, j) : (j, i);
            value = _specs[a].InnerProduct(_specs[b]);
            _gram[i * m + j] = _gram[j * m + i] = value;
        }
        return value;
    }

    /// <summary>
    /// Optimal weights of the mixture of <paramref name="members"/> into <paramref name="weights"/>; returns its
    /// MMD² to the user, &lt;u,u&gt; + 2·(½wᵀKw − Cᵀw).
    /// </summary>
    public double Solve(ReadOnlySpan<int> members, Span<double> weights)
    {
        int k = members.Length;
        var q = _q.AsSpan(0, k * k);
        var c = _c.AsSpan(0, k);
        for (int a = 0; a < k; a++)
        {
            c[a] = _linear[members[a]];
            for (int b = 0; b < k; b++)
                q[a * k + b] = Kernel(members[a], members[b]);
        }
        var result = SimplexQpSolver.Solve(q, c, weights[..k]);
        return _userSelf + 2 * result.Objective;
    }
}
