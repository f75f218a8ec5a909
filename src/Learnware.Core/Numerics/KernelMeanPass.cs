using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace Learnware.Numerics;

/// <summary>
/// One fused pass over the data for RKME optimisation: for reduced-set points z_i it computes
/// C_i = (1/n) Σ_l k(z_i, x_l) and M_i = (1/n) Σ_l k(z_i, x_l) x_l.
/// </summary>
/// <remarks>
/// C drives the weight step and (C, M) the exact gradient of MMD² with respect to z. Both come from the same
/// K×block kernel tile, so the data is read once per step and nothing of size K×n is ever stored.
/// </remarks>
internal sealed class KernelMeanPass
{
    private const int BlockRows = 256;
    private readonly DenseMatrix _data;
    private readonly double[] _rowNorms;
    private readonly double _gamma;

    public KernelMeanPass(DenseMatrix data, double gamma)
    {
        _data = data;
        _gamma = gamma;
        _rowNorms = new double[data.Rows];
        RbfKernel.SquaredNorms(data.Data, data.Rows, data.Columns, _rowNorms);
    }

    /// <summary>Fills c (length k) and m (k×d) for the k points z (k×d).</summary>
    public void Run(ReadOnlySpan<double> z, int k, Span<double> c, Span<double> m)
    {
        int d = _data.Columns, n = _data.Rows;
        var points = z[..(k * d)].ToArray();
        var pointNorms = new double[k];
        RbfKernel.SquaredNorms(points, k, d, pointNorms);
        var chunks = FixedChunks.For(n);
        var partialC = new double[chunks.Count][];
        var partialM = new double[chunks.Count][];
        chunks.Run((chunk, start, end) =>
            RunChunk(points, pointNorms, k, start, end, partialC[chunk] = new double[k], partialM[chunk] = new double[k * d]));
        var sumC = c[..k];
        var sumM = m[..(k * d)];
        sumC.Clear();
        sumM.Clear();
        for (int chunk = 0; chunk < chunks.Count; chunk++)
        {
            TensorPrimitives.Add(sumC, partialC[chunk], sumC);
            TensorPrimitives.Add(sumM, partialM[chunk], sumM);
        }
        TensorPrimitives.Divide(sumC, n, sumC);
        TensorPrimitives.Divide(sumM, n, sumM);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RunChunk(double[] points, double[] pointNorms, int k, int start, int end, double[] localC, double[] localM)
    {
        int d = _data.Columns;
        var pool = ArrayPool<double>.Shared;
        double[] tile = pool.Rent(k * BlockRows), transposed = pool.Rent(d * BlockRows);
        try
        {
            for (int block = start; block < end; block += BlockRows)
            {
                int rows = Math.Min(BlockRows, end - block);
                var rowsData = _data.Data.AsSpan(block * d, rows * d);
                Gemm.Transpose(rowsData, rows, d, transposed);
                var kernel = tile.AsSpan(0, k * rows);
                kernel.Clear();
                Gemm.MultiplyAdd(points, transposed, kernel, k, d, rows);
                RbfKernel.FromDotProducts(kernel, pointNorms, _rowNorms.AsSpan(block, rows), _gamma);
                for (int i = 0; i < k; i++)
                    localC[i] += TensorPrimitives.Sum(kernel.Slice(i * rows, rows));
                Gemm.MultiplyAdd(kernel, rowsData, localM, k, rows, d);
            }
        }
        finally
        {
            pool.Return(tile);
            pool.Return(transposed);
        }
    }
}
