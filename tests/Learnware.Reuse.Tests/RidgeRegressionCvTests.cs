using Learnware.Numerics;
using Learnware.Reuse.Tests.Support;

namespace Learnware.Reuse.Tests;

public class RidgeRegressionCvTests
{
    private static readonly double[] Alphas = [0.01, 0.1, 1, 10, 100];

    [Fact]
    public void ChosenAlpha_MinimisesTheLeaveOneOutError_ComputedByRefitting()
    {
        var random = new Random(4);
        var x = Data.Gaussian(25, 3, 0, 1, random);
        var y = Enumerable.Range(0, 25).Select(r => 2 * x.Row(r)[0] - x.Row(r)[1] + 1 + 1.5 * Data.Normal(random)).ToArray();

        var fit = RidgeRegressionCv.Fit(x, y, Alphas);

        var looErrors = Alphas.Select(alpha => Enumerable.Range(0, 25).Average(left =>
        {
            var rows = Enumerable.Range(0, 25).Where(r => r != left).ToArray();
            var (w, b) = DirectRidge(Data.Rows(x, rows), [.. rows.Select(r => y[r])], alpha);
            double e = y[left] - (x.Row(left).ToArray().Zip(w).Sum(p => p.First * p.Second) + b);
            return e * e;
        })).ToArray();
        Assert.Equal(Alphas[Array.IndexOf(looErrors, looErrors.Min())], fit.Alpha);

        var (weights, intercept) = DirectRidge(x, y, fit.Alpha);
        for (int j = 0; j < 3; j++)
            Assert.Equal(weights[j], fit.Coefficients[j], 9);
        Assert.Equal(intercept, fit.Intercept, 9);
    }

    [Fact]
    public void NoisyData_PicksAStrongerPenaltyThanCleanData()
    {
        var random = new Random(8);
        var x = Data.Gaussian(30, 8, 0, 1, random);
        var clean = Enumerable.Range(0, 30).Select(r => x.Row(r)[0]).ToArray();
        var noisy = Enumerable.Range(0, 30).Select(r => 0.05 * x.Row(r)[0] + 3 * Data.Normal(random)).ToArray();
        Assert.True(RidgeRegressionCv.Fit(x, noisy, Alphas).Alpha > RidgeRegressionCv.Fit(x, clean, Alphas).Alpha);
    }

    /// <summary>Ridge with an unpenalised intercept by the normal equations on centred data, by Gaussian elimination.</summary>
    private static (double[] Weights, double Intercept) DirectRidge(DenseMatrix x, double[] y, double alpha)
    {
        int n = x.Rows, p = x.Columns;
        var means = Enumerable.Range(0, p).Select(j => Enumerable.Range(0, n).Average(r => x.Row(r)[j])).ToArray();
        double yMean = y.Average();
        var a = new double[p, p + 1];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
                a[i, j] = Enumerable.Range(0, n).Sum(r => (x.Row(r)[i] - means[i]) * (x.Row(r)[j] - means[j])) + (i == j ? alpha : 0);
            a[i, p] = Enumerable.Range(0, n).Sum(r => (x.Row(r)[i] - means[i]) * (y[r] - yMean));
        }
        for (int col = 0; col < p; col++)
            for (int row = 0; row < p; row++)
            {
                if (row == col) continue;
                double f = a[row, col] / a[col, col];
                for (int k = col; k <= p; k++) a[row, k] -= f * a[col, k];
            }
        var w = Enumerable.Range(0, p).Select(i => a[i, p] / a[i, i]).ToArray();
        return (w, yMean - means.Zip(w).Sum(t => t.First * t.Second));
    }
}
