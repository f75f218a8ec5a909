using MathNet.Numerics.LinearAlgebra;

namespace Learnware.Specifications.Images;

/// <summary>
/// ZCA whitening as the reference applies it to colour images: with X the N×D flattened images,
/// cov = XᵀX/N (no centring), reg = 0.1·trace(cov)/D and W = U·diag((s + reg)^−½)·Uᵀ for cov + reg·I = U·diag(s)·Uᵀ;
/// then X ← X·W.
/// </summary>
/// <remarks>
/// When there are fewer images than dimensions the same product is taken through the N×N Gram matrix: with
/// XXᵀ = A·diag(σ²)·Aᵀ, X·W = A·diag((σ²/N + reg)^−½)·Aᵀ·X exactly, since X has no component outside the span
/// of its rows. Either way the eigenproblem is of size min(N, D).
/// </remarks>
public static class ZcaWhitening
{
    private const double Regularisation = 0.1;

    /// <summary>Whitens <paramref name="data"/> (N×D row-major) in place.</summary>
    public static void Apply(float[] data, int rows, int dimension)
    {
        ArgumentNullException.ThrowIfNull(data);
        var x = Matrix<double>.Build.Dense(rows, dimension, (i, j) => data[i * dimension + j]);
        double trace = x.FrobeniusNorm();
        trace = trace * trace / rows;
        double reg = Regularisation * trace / dimension;
        Matrix<double> whitened;
        if (rows < dimension)
        {
            var evd = (x * x.Transpose()).Evd(Symmetricity.Symmetric);
            var scale = evd.EigenValues.Map(l => 1 / Math.Sqrt(Math.Max(l.Real, 0) / rows + reg));
            var a = evd.EigenVectors;
            whitened = a * Matrix<double>.Build.DiagonalOfDiagonalVector(scale) * (a.Transpose() * x);
        }
        else
        {
            var covariance = x.TransposeThisAndMultiply(x) / rows;
            var evd = covariance.Evd(Symmetricity.Symmetric);
            var scale = evd.EigenValues.Map(l => 1 / Math.Sqrt(Math.Max(l.Real, 0) + reg));
            var u = evd.EigenVectors;
            whitened = x * (u * Matrix<double>.Build.DiagonalOfDiagonalVector(scale) * u.Transpose());
        }
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < dimension; j++)
                data[i * dimension + j] = (float)whitened[i, j];
    }
}
