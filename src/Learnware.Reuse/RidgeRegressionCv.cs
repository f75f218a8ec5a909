using System.Numerics.Tensors;
using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>Ridge regression with an unpenalised intercept, its penalty chosen by exact leave-one-out error.</summary>
/// <remarks>
/// For each alpha the fit is closed form, β = (XcᵀXc + αI)⁻¹Xcᵀyc on centred data, and the leave-one-out residual
/// of row i is e_i / (1 − h_i) with h_i = x_iᵀ(XcᵀXc + αI)⁻¹x_i + 1/n, the same selection sklearn's RidgeCV makes.
/// Ties go to the earlier alpha.
/// </remarks>
internal sealed class RidgeRegressionCv
{
    private RidgeRegressionCv(double[] coefficients, double intercept, double alpha)
    {
        Coefficients = coefficients;
        Intercept = intercept;
        Alpha = alpha;
    }

    public double[] Coefficients { get; }

    public double Intercept { get; }

    /// <summary>The chosen penalty.</summary>
    public double Alpha { get; }

    public static RidgeRegressionCv Fit(DenseMatrix x, double[] y, IReadOnlyList<double> alphas)
    {
        int n = x.Rows, p = x.Columns;
        var means = new double[p];
        for (int r = 0; r < n; r++)
            TensorPrimitives.Add(means, x.Row(r), means);
        TensorPrimitives.Divide(means, n, means);
        double yMean = TensorPrimitives.Average(y);
        var centred = new double[n * p];
        var yc = new double[n];
        var gram = new double[p * p];
        var xty = new double[p];
        for (int r = 0; r < n; r++)
        {
            var row = centred.AsSpan(r * p, p);
            TensorPrimitives.Subtract(x.Row(r), means, row);
            yc[r] = y[r] - yMean;
            TensorPrimitives.MultiplyAdd(row, yc[r], xty, xty);
            for (int i = 0; i < p; i++)
                TensorPrimitives.MultiplyAdd(row, row[i], gram.AsSpan(i * p, p), gram.AsSpan(i * p, p));
        }

        double[]? best = null;
        double bestError = double.PositiveInfinity, bestAlpha = alphas[0];
        var factor = new double[p * p];
        var solved = new double[p];
        foreach (double alpha in alphas)
        {
            gram.CopyTo(factor, 0);
            for (int i = 0; i < p; i++) factor[i * p + i] += alpha;
            if (!SymmetricSolver.Factor(factor, p))
                continue;
            var beta = (double[])xty.Clone();
            SymmetricSolver.Solve(factor, p, beta);
            double error = 0;
            for (int r = 0; r < n; r++)
            {
                var row = centred.AsSpan(r * p, p);
                row.CopyTo(solved);
                SymmetricSolver.Solve(factor, p, solved);
                double leverage = TensorPrimitives.Dot(row, solved) + 1.0 / n;
                double residual = (yc[r] - TensorPrimitives.Dot(row, beta)) / Math.Max(1 - leverage, 1e-12);
                error += residual * residual;
            }
            if (error < bestError)
            {
                bestError = error;
                best = beta;
                bestAlpha = alpha;
            }
        }
        if (best is null)
            throw new InvalidOperationException("ridge regression failed for every alpha (the features are not finite)");
        return new RidgeRegressionCv(best, yMean - TensorPrimitives.Dot(means, best), bestAlpha);
    }

    public double[] Predict(DenseMatrix x)
    {
        var result = new double[x.Rows];
        for (int r = 0; r < x.Rows; r++)
            result[r] = TensorPrimitives.Dot(x.Row(r), Coefficients) + Intercept;
        return result;
    }
}
