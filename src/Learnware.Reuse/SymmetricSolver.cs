namespace Learnware.Reuse;

/// <summary>Cholesky factorisation and solves for the small positive-definite systems of ridge regression.</summary>
internal static class SymmetricSolver
{
    /// <summary>Overwrites the lower triangle of the n×n matrix with L (A = L Lᵀ); false if A is not positive definite.</summary>
    public static bool Factor(double[] a, int n)
    {
        for (int j = 0; j < n; j++)
        {
            double pivot = a[j * n + j];
            for (int k = 0; k < j; k++)
                pivot -= a[j * n + k] * a[j * n + k];
            if (!(pivot > 0))
                return false;
            double diagonal = Math.Sqrt(pivot);
            a[j * n + j] = diagonal;
            for (int i = j + 1; i < n; i++)
            {
                double value = a[i * n + j];
                for (int k = 0; k < j; k++)
                    value -= a[i * n + k] * a[j * n + k];
                a[i * n + j] = value / diagonal;
            }
        }
        return true;
    }

    /// <summary>Solves L Lᵀ x = b in place, with L from <see cref="Factor"/>.</summary>
    public static void Solve(double[] l, int n, Span<double> b)
    {
        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++)
                sum -= l[i * n + k] * b[k];
            b[i] = sum / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = b[i];
            for (int k = i + 1; k < n; k++)
                sum -= l[k * n + i] * b[k];
            b[i] = sum / l[i * n + i];
        }
    }
}
