using System.Buffers;
using System.Numerics.Tensors;

namespace Learnware.Numerics;

/// <summary>
/// One fused pass over the data for RKME optimisation: for reduced-set points z_i it computes
/// C_i = (1/n) Σ_l k(z_i, x_l) and M_i = (1/n) Σ_l k(z_i, x_l) x_l.
/// </summary>
/// <remarks>
/// C drives the weight step and (C, M) the exact gradient of MMD² with respect to z. Both come from the same
/// block×K kernel tile, so the data is read once per step and nothing of size n×K is ever stored. Tiles are laid
/// out with K innermost in both products (X_b·Zᵀ and X_bᵀ·tile), which keeps the SIMD kernel on full vectors
/// even when d is small.
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

    /// <summary>Fills c (length k) and, unless m is empty, m (k×d) for the k points z (k×d).</summary>
    public void Run(ReadOnlySpan<double> z, int k, Span<double> c, Span<double> m)
    {
        int d = _data.Columns, n = _data.Rows;
        var pointsT = new double[d * k];
        Gemm.Transpose(z[..(k * d)], k, d, pointsT);
        var pointNorms = new double[k];
        RbfKernel.SquaredNorms(z, k, d, pointNorms);
        var chunks = FixedChunks.For(n);
        var partialC = new double[chunks.Count][];
        var partialMt = new double[chunks.Count][];
        bool withM = !m.IsEmpty;
        chunks.Run((chunk, start, end) =>
            RunChunk(pointsT, pointNorms, k, start, end, partialC[chunk] = new double[k], partialMt[chunk] = withM ? new double[d * k] : []));
        var sumC = c[..k];
        sumC.Clear();
        var sumMt = new double[withM ? d * k : 0];
        for (int chunk = 0; chunk < chunks.Count; chunk++)
        {
            TensorPrimitives.Add(sumC, partialC[chunk], sumC);
            if (withM)
                TensorPrimitives.Add(sumMt, partialMt[chunk], sumMt);
        }
        TensorPrimitives.Divide(sumC, n, sumC);
        if (!withM)
            return;
        TensorPrimitives.Divide(sumMt, n, sumMt);
        Gemm.Transpose(sumMt, d, k, m);
    }

    private void RunChunk(double[] pointsT, double[] pointNorms, int k, int start, int end, double[] localC, double[] localMt)
    {
        int d = _data.Columns;
        var pool = ArrayPool<double>.Shared;
        double[] tile = pool.Rent(BlockRows * k), transposed = pool.Rent(d * BlockRows);
        try
        {
            for (int block = start; block < end; block += BlockRows)
            {
                int rows = Math.Min(BlockRows, end - block);
                var rowsData = _data.Data.AsSpan(block * d, rows * d);
                var kernel = tile.AsSpan(0, rows * k);
                kernel.Clear();
                Gemm.MultiplyAdd(rowsData, pointsT, kernel, rows, d, k);
                RbfKernel.FromDotProducts(kernel, _rowNorms.AsSpan(block, rows), pointNorms, _gamma);
                for (int r = 0; r < rows; r++)
                    VectorMath.AddTo(localC, kernel.Slice(r * k, k));
                if (localMt.Length == 0)
                    continue;
                Gemm.Transpose(rowsData, rows, d, transposed);
                Gemm.MultiplyAdd(transposed, kernel, localMt, d, rows, k);
            }
        }
        finally
        {
            pool.Return(tile);
            pool.Return(transposed);
        }
    }
}
