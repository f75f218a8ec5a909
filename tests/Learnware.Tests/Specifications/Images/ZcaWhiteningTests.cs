using Learnware.Specifications.Images;
using MathNet.Numerics.LinearAlgebra;

namespace Learnware.Tests.Specifications.Images;

/// <summary>
/// ZCA whitening of colour images (REFERENCE-ALGORITHMS.md 3.1, step 6): cov = XᵀX/N, reg = 0.1·trace(cov)/D,
/// X ← X·U(S + reg)^−½Uᵀ. The whitened covariance is then U·S/(S + reg)·Uᵀ: identity along every direction whose
/// variance is large against reg, shrunk where the data barely varies.
/// </summary>
public class ZcaWhiteningTests
{
    [Fact]
    public void TwoPixelCase_MatchesTheValuesWorkedOutByHand()
    {
        // Rows ±(2, 2) and ±(1, −1): cov = XᵀX/4 has eigenvector (1, 1)/√2 with eigenvalue 4 and (1, −1)/√2 with 1,
        // so trace 5 and reg = 0.1·5/2 = 0.25. (2, 2) = 2√2·u₁ becomes 2√2/√4.25·u₁ = (2/√4.25)(1, 1);
        // (1, −1) = √2·u₂ becomes (1/√1.25)(1, −1).
        float[] data = [2, 2, -2, -2, 1, -1, -1, 1];
        ZcaWhitening.Apply(data, 4, 2);

        double a = 2 / Math.Sqrt(4.25), b = 1 / Math.Sqrt(1.25);
        double[] expected = [a, a, -a, -a, b, -b, -b, b];
        for (int i = 0; i < data.Length; i++)
            Assert.Equal(expected[i], data[i], 1e-6);
        Assert.Equal(0.970142500, data[0], 1e-6);
        Assert.Equal(0.894427191, data[4], 1e-6);
    }

    [Fact]
    public void ColourImages_WhitenedCovarianceIsNearIdentityAlongTheDataAndEqualsSOverSPlusReg()
    {
        // Three channels of 2x2 pixels (D = 12), correlated across pixels and channels by a random mixing matrix.
        const int rows = 2000, dimension = 12;
        var data = CorrelatedRows(rows, dimension, seed: 3);
        var before = Covariance(data, rows, dimension);
        var beforeEigen = before.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
        double reg = 0.1 * before.Trace() / dimension;

        ZcaWhitening.Apply(data, rows, dimension);
        var after = Covariance(data, rows, dimension);

        // Same eigenvectors, eigenvalues s/(s + reg): after = cov·(cov + reg·I)⁻¹ exactly.
        var expected = before * (before + reg * Matrix<double>.Build.DenseIdentity(dimension)).Inverse();
        Assert.True((after - expected).InfinityNorm() < 1e-5, $"whitened covariance is off by {(after - expected).InfinityNorm()}");
        var afterEigen = after.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
        for (int i = 0; i < dimension; i++)
        {
            Assert.Equal(beforeEigen[i] / (beforeEigen[i] + reg), afterEigen[i], 1e-5);
            Assert.True(afterEigen[i] < 1, $"eigenvalue {afterEigen[i]} of the whitened covariance is not below 1");
        }
        // Near identity: the direction of largest variance ends within 10% of unit variance, and the data's spread of
        // more than 100 between its largest and smallest variance shrinks to at most 1 + reg/s_min.
        Assert.True(beforeEigen[^1] / beforeEigen[0] > 100, $"test data spread {beforeEigen[^1] / beforeEigen[0]}");
        Assert.InRange(afterEigen[^1], 0.9, 1);
        Assert.True(afterEigen[^1] / afterEigen[0] <= 1 + reg / beforeEigen[0] + 1e-6);
    }

    [Fact]
    public void FewerImagesThanDimensions_GiveTheDirectProduct()
    {
        // N < D goes through the N×N Gram matrix; it must equal X·U(S + reg)^−½Uᵀ computed on the D×D covariance.
        const int rows = 5, dimension = 12;
        var data = CorrelatedRows(rows, dimension, seed: 8);
        var x = Matrix<double>.Build.Dense(rows, dimension, (i, j) => data[i * dimension + j]);
        var covariance = x.TransposeThisAndMultiply(x) / rows;
        double reg = 0.1 * covariance.Trace() / dimension;
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var scale = Matrix<double>.Build.DiagonalOfDiagonalVector(evd.EigenValues.Map(l => 1 / Math.Sqrt(Math.Max(l.Real, 0) + reg)));
        var expected = x * (evd.EigenVectors * scale * evd.EigenVectors.Transpose());

        ZcaWhitening.Apply(data, rows, dimension);

        for (int i = 0; i < rows; i++)
            for (int j = 0; j < dimension; j++)
                Assert.Equal(expected[i, j], data[i * dimension + j], 1e-5);
    }

    private static float[] CorrelatedRows(int rows, int dimension, int seed)
    {
        var random = new Random(seed);
        // Independent sources with standard deviations from 0.1 to 10, mixed by a random matrix.
        var mixing = Matrix<double>.Build.Dense(dimension, dimension, (_, _) => random.NextDouble() - 0.5);
        var data = new float[rows * dimension];
        for (int r = 0; r < rows; r++)
        {
            var source = Vector<double>.Build.Dense(dimension, j => Gaussian(random) * Math.Pow(100, (double)j / (dimension - 1)) / 10);
            var mixed = mixing * source;
            for (int j = 0; j < dimension; j++)
                data[r * dimension + j] = (float)mixed[j];
        }
        return data;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static Matrix<double> Covariance(float[] data, int rows, int dimension)
    {
        var x = Matrix<double>.Build.Dense(rows, dimension, (i, j) => data[i * dimension + j]);
        return x.TransposeThisAndMultiply(x) / rows;
    }
}
