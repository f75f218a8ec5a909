namespace Learnware.Numerics;

/// <summary>In-place Cholesky factorisation and solves for small dense symmetric positive-definite systems.</summary>
internal static class Cholesky
{
    /// <summary>Overwrites the lower triangle of the n×n matrix with L (A = L Lᵀ); false if A is not positive definite.</summary>
    public static bool Factor(Span<double> a, int n)
    {
        for (int j = 0; j < n; j++)
        {
            var rowJ = a.Slice(j * n, j);
            double d = a[j * n + j] - System.Numerics.Tensors.TensorPrimitives.SumOfSquares(rowJ);
            if (!(d > 0))
                return false;
            double l = Math.Sqrt(d);
            a[j * n + j] = l;
            for (int i = j + 1; i < n; i++)
            {
                double s = a[i * n + j] - System.Numerics.Tensors.TensorPrimitives.Dot(a.Slice(i * n, j), rowJ);
                a[i * n + j] = s / l;
            }
        }
        return true;
    }

    /// <summary>Solves L Lᵀ x = b in place, with L from <see cref="Factor"/>.</summary>
    public static void Solve(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (int i = 0; i < n; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++)
                s -= l[i * n + k] * b[k];
            b[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int k = i + 1; k < n; k++)
                s -= l[k * n + i] * b[k];
            b[i] = s / l[i * n + i];
        }
    }
}
