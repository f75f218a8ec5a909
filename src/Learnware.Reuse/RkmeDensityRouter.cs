using System.Numerics.Tensors;
using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Reuse;

/// <summary>
/// Routes each row to the learnware with the highest posterior under the mixture the user's data was fitted to:
/// w_i · p_i(x), where p_i(x) ∝ Σ_j β_ij k(x, z_ij) is the density that learnware i's RKME stands for.
/// </summary>
/// <remarks>
/// This is the Bayes rule the herded-sample classifier only approximates: herding draws a thousand samples from the
/// same densities and a tree model learns their boundaries back, losing accuracy near the boundaries and wherever few
/// samples fell. Each density is a Gaussian-kernel mixture, so its normalising constant (γ/π)^{d/2} is included: it
/// cancels when every learnware has the same γ and keeps the posterior right when they differ. Scores are summed in
/// the log domain (log-sum-exp), so a row far from every reduced-set point still goes to the nearest density rather
/// than to a tie of underflowed zeros. Negative β (specifications solved without the simplex constraint) are dropped,
/// as herding drops them.
/// </remarks>
internal sealed class RkmeDensityRouter
{
    private readonly Component[] _components;
    private readonly int _dimension;

    /// <summary>A router over <paramref name="specs"/> with mixture weights <paramref name="weights"/>; a zero weight is never chosen.</summary>
    public RkmeDensityRouter(IReadOnlyList<RkmeTableSpecification> specs, IReadOnlyList<double> weights)
    {
        _dimension = specs[0].Dimension;
        _components = [.. Enumerable.Range(0, specs.Count)
            .Where(i => weights[i] > 0 && specs[i].Weights.ToArray().Any(b => b > 0))
            .Select(i => new Component(i, specs[i], weights[i]))];
        if (_components.Length == 0)
            throw new ArgumentException("no learnware has a positive weight and a positive-weight reduced-set point", nameof(weights));
    }

    /// <summary>The learnware index chosen for each row of <paramref name="x"/>.</summary>
    public int[] Route(DenseMatrix x)
    {
        var route = new int[x.Rows];
        int longest = _components.Max(c => c.Count);
        const int Chunk = 256;
        Parallel.For(0, (x.Rows + Chunk - 1) / Chunk, chunk =>
        {
            var exponents = new double[longest];
            for (int r = chunk * Chunk, end = Math.Min(x.Rows, r + Chunk); r < end; r++)
            {
                var row = x.Row(r);
                double rowNorm = TensorPrimitives.SumOfSquares(row);
                double best = double.NegativeInfinity;
                foreach (var component in _components)
                {
                    double score = component.LogDensity(row, rowNorm, exponents.AsSpan(0, component.Count));
                    if (score > best)
                    {
                        best = score;
                        route[r] = component.Learnware;
                    }
                }
            }
        });
        return route;
    }

    /// <summary>One learnware's density: its positive-weight points, their log weights, and its log prior and normaliser.</summary>
    private sealed class Component
    {
        private readonly double[] _points;
        private readonly double[] _pointNorms;
        private readonly double[] _logBeta;
        private readonly double _gamma;
        private readonly double _offset;
        private readonly int _dimension;

        public Component(int learnware, RkmeTableSpecification spec, double weight)
        {
            Learnware = learnware;
            _dimension = spec.Dimension;
            var kept = Enumerable.Range(0, spec.Count).Where(j => spec.Weights[j] > 0).ToArray();
            double total = kept.Sum(j => spec.Weights[j]);
            _points = new double[kept.Length * _dimension];
            _logBeta = new double[kept.Length];
            var beta = new double[kept.Length];
            for (int k = 0; k < kept.Length; k++)
            {
                spec.Point(kept[k]).CopyTo(_points.AsSpan(k * _dimension, _dimension));
                beta[k] = spec.Weights[kept[k]] / total;
                _logBeta[k] = Math.Log(beta[k]);
            }
            _gamma = DensityGamma(_points, beta, _dimension);
            _pointNorms = new double[kept.Length];
            RbfKernel.SquaredNorms(_points, kept.Length, _dimension, _pointNorms);
            _offset = Math.Log(weight) + 0.5 * _dimension * Math.Log(_gamma / Math.PI);
        }

        public int Learnware { get; }

        /// <summary>
        /// γ = 1/(2h²) with Scott's bandwidth h = σ·n^(−1/(d+4)) for a kernel density over the weighted points:
        /// σ² the points' mean per-feature weighted variance, n their effective number 1/Σβ².
        /// </summary>
        private static double DensityGamma(double[] points, double[] beta, int d)
        {
            var mean = new double[d];
            for (int k = 0; k < beta.Length; k++)
                TensorPrimitives.MultiplyAdd(points.AsSpan(k * d, d), beta[k], mean, mean);
            double variance = 0;
            for (int k = 0; k < beta.Length; k++)
                for (int j = 0; j < d; j++)
                    variance += beta[k] * (points[k * d + j] - mean[j]) * (points[k * d + j] - mean[j]);
            variance /= d;
            double effective = 1 / TensorPrimitives.SumOfSquares(beta);
            double h2 = Math.Max(variance, 1e-12) * Math.Pow(effective, -2.0 / (d + 4));
            return 1 / (2 * h2);
        }

        public int Count => _logBeta.Length;

        /// <summary>log w + log of the normalised kernel density at <paramref name="row"/>; <paramref name="exponents"/> is scratch.</summary>
        public double LogDensity(ReadOnlySpan<double> row, double rowNorm, Span<double> exponents)
        {
            for (int k = 0; k < exponents.Length; k++)
            {
                double squared = rowNorm + _pointNorms[k] - 2 * TensorPrimitives.Dot(row, _points.AsSpan(k * _dimension, _dimension));
                exponents[k] = _logBeta[k] - _gamma * Math.Max(squared, 0);
            }
            double max = TensorPrimitives.Max(exponents);
            TensorPrimitives.Subtract(exponents, max, exponents);
            TensorPrimitives.Exp(exponents, exponents);
            return _offset + max + Math.Log(TensorPrimitives.Sum(exponents));
        }
    }
}
