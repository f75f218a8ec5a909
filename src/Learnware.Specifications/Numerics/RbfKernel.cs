using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace Learnware.Numerics;

/// <summary>The Gaussian RBF kernel k(a, b) = exp(-gamma ||a - b||^2) on row-major point sets.</summary>
public static class RbfKernel
{
    /// <summary>Squared Euclidean norm of each of the <paramref name="count"/> rows of length <paramref name="dim"/>.</summary>
    public static void SquaredNorms(ReadOnlySpan<double> points, int count, int dim, Span<double> norms)
    {
        for (int i = 0; i < count; i++)
            norms[i] = TensorPrimitives.SumOfSquares(points.Slice(i * dim, dim));
    }

    /// <summary>dest[i·nb + j] = k(a_i, b_j) for a (na×dim) and b (nb×dim).</summary>
    public static void Matrix(ReadOnlySpan<double> a, int na, ReadOnlySpan<double> b, int nb, int dim, double gamma,
        Span<double> dest)
    {
        var pool = ArrayPool<double>.Shared;
        double[] normsA = pool.Rent(na), normsB = pool.Rent(nb), bt = pool.Rent(nb * dim);
        try
        {
            SquaredNorms(a, na, dim, normsA);
            SquaredNorms(b, nb, dim, normsB);
            Gemm.Transpose(b[..(nb * dim)], nb, dim, bt);
            var result = dest[..(na * nb)];
            result.Clear();
            Gemm.MultiplyAdd(a, bt, result, na, dim, nb);
            FromDotProducts(result, normsA.AsSpan(0, na), normsB.AsSpan(0, nb), gamma);
        }
        finally
        {
            pool.Return(normsA);
            pool.Return(normsB);
            pool.Return(bt);
        }
    }

    /// <summary>
    /// Floor of −γ‖a − b‖² before the exponential. exp(−700) ≈ 1e−304 is still a normal double; below about −708
    /// the result turns subnormal, and arithmetic on subnormals runs many times slower (a spec whose points drift away
    /// from the data tripled the cost of a data pass). The error is at most 1e−304 per kernel value.
    /// </summary>
    public const double MinExponent = -700;

    /// <summary>
    /// Turns a block of dot products a_i·b_j (row-major, one row per a_i) into kernel values, using
    /// ||a - b||^2 = ||a||^2 - 2 a·b + ||b||^2 clamped at zero (rounding can make it slightly negative).
    /// </summary>
    public static void FromDotProducts(Span<double> dots, ReadOnlySpan<double> normsA, ReadOnlySpan<double> normsB,
        double gamma)
    {
        // Written with Vector256 rather than a chain of TensorPrimitives calls: those start as unoptimised tier-0
        // code in a fresh process, which made a one-shot `learnware spec table` several times slower.
        int nb = normsB.Length;
        int vectorEnd = Vector256.IsHardwareAccelerated ? nb - nb % Vector256<double>.Count : 0;
        var scale = Vector256.Create(-gamma);
        var floor = Vector256.Create(MinExponent);
        var minusTwo = Vector256.Create(-2.0);
        for (int i = 0; i < normsA.Length; i++)
        {
            var row = dots.Slice(i * nb, nb);
            var normA = Vector256.Create(normsA[i]);
            int j = 0;
            for (; j < vectorEnd; j += Vector256<double>.Count)
            {
                var dot = Vector256.Create((ReadOnlySpan<double>)row.Slice(j, Vector256<double>.Count));
                var squared = Vector256.Max(Vector256.FusedMultiplyAdd(dot, minusTwo, Vector256.Create(normsB.Slice(j, Vector256<double>.Count))) + normA, Vector256<double>.Zero);
                Vector256.Exp(Vector256.Max(squared * scale, floor)).CopyTo(row.Slice(j));
            }
            for (; j < nb; j++)
            {
                double squared = Math.Max(normsA[i] + normsB[j] - 2 * row[j], 0);
                row[j] = Math.Exp(Math.Max(-gamma * squared, MinExponent));
            }
        }
    }

    /// <summary>Σ_i Σ_j wa_i wb_j k(a_i, b_j): the RKHS inner product of two weighted point sets.</summary>
    /// <remarks>Works through a in blocks of rows so that the full empirical embedding of a large data set
    /// (thousands of points on each side) never needs an na×nb matrix.</remarks>
    public static double WeightedSum(ReadOnlySpan<double> a, ReadOnlySpan<double> weightsA, ReadOnlySpan<double> b,
        ReadOnlySpan<double> weightsB, int dim, double gamma)
    {
        const int BlockRows = 256;
        int na = weightsA.Length, nb = weightsB.Length;
        var gram = ArrayPool<double>.Shared.Rent(Math.Min(na, BlockRows) * nb);
        try
        {
            double total = 0;
            for (int start = 0; start < na; start += BlockRows)
            {
                int rows = Math.Min(BlockRows, na - start);
                Matrix(a.Slice(start * dim, rows * dim), rows, b, nb, dim, gamma, gram);
                for (int i = 0; i < rows; i++)
                    total += weightsA[start + i] * TensorPrimitives.Dot(gram.AsSpan(i * nb, nb), weightsB);
            }
            return total;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(gram);
        }
    }
}
