using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>Centres and scales columns by the mean and standard deviation of the rows it was fitted on.</summary>
internal sealed class Standardizer
{
    private readonly double[] _means;
    private readonly double[] _scales;

    /// <summary>Fits on <paramref name="x"/>; a constant column keeps scale 1, so it maps to zeros.</summary>
    public Standardizer(DenseMatrix x, bool enabled = true)
    {
        int n = x.Rows, d = x.Columns;
        _means = new double[d];
        _scales = new double[d];
        if (!enabled)
        {
            Array.Fill(_scales, 1.0);
            return;
        }
        for (int r = 0; r < n; r++)
            System.Numerics.Tensors.TensorPrimitives.Add(_means, x.Row(r), _means);
        System.Numerics.Tensors.TensorPrimitives.Divide(_means, Math.Max(n, 1), _means);
        for (int r = 0; r < n; r++)
        {
            var row = x.Row(r);
            for (int j = 0; j < d; j++)
                _scales[j] += (row[j] - _means[j]) * (row[j] - _means[j]);
        }
        for (int j = 0; j < d; j++)
        {
            double sd = Math.Sqrt(_scales[j] / Math.Max(n, 1));
            _scales[j] = sd > 1e-12 * Math.Max(1, Math.Abs(_means[j])) ? sd : 1;
        }
    }

    /// <summary>The standardised copy of <paramref name="x"/>.</summary>
    public DenseMatrix Transform(DenseMatrix x)
    {
        var result = new double[x.Data.Length];
        int d = x.Columns;
        for (int r = 0; r < x.Rows; r++)
            for (int j = 0; j < d; j++)
                result[r * d + j] = (x.Data[r * d + j] - _means[j]) / _scales[j];
        return new DenseMatrix(result, x.Rows, d);
    }
}
