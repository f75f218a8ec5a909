using System.Buffers;
using System.Numerics.Tensors;

namespace Learnware.Numerics;

/// <summary>
/// Exact solver for min ½ xᵀQx − cᵀx subject to Σx = 1, x ≥ 0 with Q symmetric positive semi-definite: the
/// weight step of RKME generation and the mixture weights of search.
/// </summary>
/// <remarks>
/// A primal active-set method: on the current support F it solves the equality-constrained problem in closed form
/// (x_F = Q_FF⁻¹(c_F + μ1) with μ fixing the sum), steps back to the boundary when that leaves the simplex, and
/// otherwise adds the coordinate whose gradient most undercuts the multiplier. Kernel Gram matrices are often
/// nearly singular, so Q_FF gets a jitter of 1e-12·max(diag Q) (raised if a factorisation still fails); the
/// resulting bias in the optimality conditions is of that size, far below the 1e-9 KKT tolerance. Interior-point
/// solvers such as the reference's stop at about 1e-8 and leave ±1e-9 noise in place of zeros; this returns exact
/// zeros off the support.
/// </remarks>
public static class SimplexQpSolver
{
    private const double RelativeJitter = 1e-12;

    // Each raise multiplies the jitter by 100; twelve take it to max(diag Q) itself, past which the factor fails only
    // on a matrix that is not positive semi-definite, so the loop stops there instead of spinning.
    private const int MaxJitterRaises = 12;

    /// <summary>
    /// Solves the QP for an m×m matrix <paramref name="q"/> (row-major) and vector <paramref name="c"/>, writing x.
    /// With <paramref name="warmStart"/> a feasible x already in <paramref name="x"/> seeds the support.
    /// </summary>
    public static SimplexQpResult Solve(ReadOnlySpan<double> q, ReadOnlySpan<double> c, Span<double> x,
        bool warmStart = false, double tolerance = 1e-10)
    {
        int m = c.Length;
        if (m == 0)
            throw new ArgumentException("the QP needs at least one variable", nameof(c));
        if (q.Length < m * m || x.Length < m)
            throw new ArgumentException($"Q must be {m}x{m} and x of length {m}");
        if (!double.IsFinite(TensorPrimitives.Sum(q[..(m * m)])) && !AllFinite(q[..(m * m)]) || !AllFinite(c))
            throw new ArgumentException("the QP's matrix or vector holds non-finite values (NaN or infinity)");
        x = x[..m];
        if (m == 1)
        {
            x[0] = 1;
            return new SimplexQpResult(0.5 * q[0] - c[0], 0, 0);
        }

        var pool = ArrayPool<double>.Shared;
        double[] gradient = pool.Rent(m), factor = pool.Rent(m * m), solA = pool.Rent(m), solB = pool.Rent(m);
        int[] support = ArrayPool<int>.Shared.Rent(m);
        bool[] inSupport = ArrayPool<bool>.Shared.Rent(m);
        try
        {
            Array.Clear(inSupport, 0, m);
            double maxDiag = 0;
            for (int i = 0; i < m; i++)
                maxDiag = Math.Max(maxDiag, q[i * m + i]);
            double jitter = RelativeJitter * Math.Max(maxDiag, 1e-300);

            int size = StartingSupport(q, c, x, warmStart, support, inSupport);
            int factored = 0; // leading support entries covered by the Cholesky factor (stride m)
            int iterations = 0, maxIterations = 20 * m + 100;
            while (iterations++ < maxIterations)
            {
                // Equality-constrained optimum on the support: x_F = b + μ a with a = Q⁻¹1, b = Q⁻¹c. An added
                // coordinate extends the factor by one row (O(f²)); a removal or a failed pivot refactors.
                for (int raises = 0; !ExtendFactor(q, m, support, factored, size, jitter, factor); raises++)
                {
                    if (raises == MaxJitterRaises)
                        throw new ArgumentException(
                            $"the QP's matrix is not positive semi-definite: its factorisation fails even with a jitter of {jitter:G3}");
                    factored = 0;
                    jitter *= 100;
                }
                factored = size;
                for (int s = 0; s < size; s++) { solA[s] = 1; solB[s] = c[support[s]]; }
                SolveFactored(factor, m, size, solA);
                SolveFactored(factor, m, size, solB);
                double sumA = TensorPrimitives.Sum(solA.AsSpan(0, size));
                double sumB = TensorPrimitives.Sum(solB.AsSpan(0, size));
                double mu = (1 - sumB) / sumA;

                // Largest step towards the optimum that keeps x ≥ 0; the coordinate that blocks it leaves F.
                double step = 1;
                int blocking = -1;
                for (int s = 0; s < size; s++)
                {
                    double target = solB[s] + mu * solA[s];
                    double current = x[support[s]];
                    if (target < 0 && current - target > 0)
                    {
                        double ratio = current / (current - target);
                        if (ratio < step) { step = ratio; blocking = s; }
                    }
                }
                for (int s = 0; s < size; s++)
                {
                    double target = solB[s] + mu * solA[s];
                    x[support[s]] += step * (target - x[support[s]]);
                }
                if (blocking >= 0)
                {
                    int leaving = support[blocking];
                    x[leaving] = 0;
                    inSupport[leaving] = false;
                    support[blocking] = support[--size];
                    factored = Math.Min(factored, blocking);
                    Renormalise(x);
                    continue;
                }

                // At the support's optimum: add the coordinate with the most negative reduced gradient, if any.
                Gradient(q, c, x, gradient);
                double multiplier = TensorPrimitives.Dot(x, gradient.AsSpan(0, m));
                int entering = -1;
                double worst = -tolerance;
                for (int i = 0; i < m; i++)
                {
                    double reduced = gradient[i] - multiplier;
                    if (!inSupport[i] && reduced < worst) { worst = reduced; entering = i; }
                }
                if (entering < 0)
                    break;
                support[size++] = entering;
                inSupport[entering] = true;
            }
            Gradient(q, c, x, gradient);
            double objective = 0.5 * (TensorPrimitives.Dot(x, gradient.AsSpan(0, m)) - TensorPrimitives.Dot(x, c));
            return new SimplexQpResult(objective, KktResidual(gradient.AsSpan(0, m), x), iterations);
        }
        finally
        {
            pool.Return(gradient); pool.Return(factor); pool.Return(solA); pool.Return(solB);
            ArrayPool<int>.Shared.Return(support);
            ArrayPool<bool>.Shared.Return(inSupport);
        }
    }

    /// <summary>
    /// Violation of the KKT conditions of the simplex QP at x given its gradient g = Qx − c: with μ = xᵀg, every
    /// g_i must be ≥ μ, and g_i = μ wherever x_i &gt; 0.
    /// </summary>
    public static double KktResidual(ReadOnlySpan<double> gradient, ReadOnlySpan<double> x)
    {
        double mu = TensorPrimitives.Dot(x, gradient);
        double residual = Math.Abs(TensorPrimitives.Sum(x) - 1);
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] < 0)
                residual = Math.Max(residual, -x[i]);
            double reduced = gradient[i] - mu;
            residual = Math.Max(residual, x[i] > 0 ? Math.Abs(reduced) : -reduced);
        }
        return residual;
    }

    /// <summary>g = Qx − c.</summary>
    public static void Gradient(ReadOnlySpan<double> q, ReadOnlySpan<double> c, ReadOnlySpan<double> x, Span<double> g)
    {
        int m = c.Length;
        for (int i = 0; i < m; i++)
            g[i] = TensorPrimitives.Dot(q.Slice(i * m, m), x) - c[i];
    }

    private static int StartingSupport(ReadOnlySpan<double> q, ReadOnlySpan<double> c, Span<double> x, bool warmStart,
        int[] support, bool[] inSupport)
    {
        int m = c.Length, size = 0;
        if (warmStart && IsFeasibleStart(x))
        {
            for (int i = 0; i < m; i++)
            {
                if (x[i] > 0) { support[size++] = i; inSupport[i] = true; }
                else x[i] = 0;
            }
            Renormalise(x);
            return size;
        }
        // The best single vertex: f(e_j) = ½ Q_jj − c_j.
        int best = 0;
        for (int j = 1; j < m; j++)
            if (0.5 * q[j * m + j] - c[j] < 0.5 * q[best * m + best] - c[best])
                best = j;
        x.Clear();
        x[best] = 1;
        support[0] = best;
        inSupport[best] = true;
        return 1;
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
            if (!double.IsFinite(v)) return false;
        return true;
    }

    private static bool IsFeasibleStart(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            if (!double.IsFinite(v) || v < 0) return false;
            sum += v;
        }
        return sum > 0.5 && sum < 1.5;
    }

    private static void Renormalise(Span<double> x)
    {
        double sum = TensorPrimitives.Sum(x);
        TensorPrimitives.Divide(x, sum, x);
    }

    /// <summary>
    /// Extends the lower-triangular factor L (row stride m) of Q_FF + jitter·I from its first <paramref name="from"/>
    /// support entries to <paramref name="to"/>; false if a pivot is not positive.
    /// </summary>
    private static bool ExtendFactor(ReadOnlySpan<double> q, int m, int[] support, int from, int to, double jitter,
        double[] factor)
    {
        for (int r = from; r < to; r++)
        {
            var row = factor.AsSpan(r * m, r + 1);
            int qr = support[r] * m;
            for (int s = 0; s < r; s++)
            {
                double value = q[qr + support[s]] - TensorPrimitives.Dot(row[..s], factor.AsSpan(s * m, s));
                row[s] = value / factor[s * m + s];
            }
            double pivot = q[qr + support[r]] + jitter - TensorPrimitives.SumOfSquares(row[..r]);
            if (!(pivot > 0))
                return false;
            row[r] = Math.Sqrt(pivot);
        }
        return true;
    }

    /// <summary>Solves L Lᵀ y = b in place for the n×n factor stored with row stride m.</summary>
    private static void SolveFactored(double[] l, int m, int n, double[] b)
    {
        for (int i = 0; i < n; i++)
            b[i] = (b[i] - TensorPrimitives.Dot(l.AsSpan(i * m, i), b.AsSpan(0, i))) / l[i * m + i];
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = b[i];
            for (int k = i + 1; k < n; k++)
                sum -= l[k * m + i] * b[k];
            b[i] = sum / l[i * m + i];
        }
    }
}
