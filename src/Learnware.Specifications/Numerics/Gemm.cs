using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Learnware.Numerics;

/// <summary>Dense row-major matrix products for the kernel computations: C += A·B.</summary>
/// <remarks>
/// The RKME loops multiply a K×d block of reduced-set points by blocks of data rows, thousands of times per
/// specification. A register-tiled kernel (4 rows × 8 columns of accumulators) keeps the inner loop on FMAs
/// instead of reloading C, which is what makes spec generation several times faster than a dot product per pair.
/// </remarks>
internal static class Gemm
{
    /// <summary>Forces the portable scalar path; tests use it to check the SIMD path against it.</summary>
    internal static bool ForceScalar { get; set; }

    /// <summary>C[m×q] += A[m×p] · B[p×q], all row-major and contiguous.</summary>
    public static void MultiplyAdd(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int p, int q)
    {
        if (a.Length < m * p || b.Length < p * q || c.Length < m * q)
            throw new ArgumentException($"buffers too small for a {m}x{p} by {p}x{q} product");
        if (m == 0 || q == 0 || p == 0)
            return;
        if (!ForceScalar && Vector256.IsHardwareAccelerated)
            MultiplyAddVector(a, b, c, m, p, q);
        else
            MultiplyAddScalar(a, b, c, 0, m, 0, q, p, q);
    }

    private static void MultiplyAddVector(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int p, int q)
    {
        const int Width = 8; // two Vector256<double>
        int qVec = q - q % Width;
        int m4 = m - m % 4;
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        ref double rc = ref MemoryMarshal.GetReference(c);
        for (int j = 0; j < qVec; j += Width)
        {
            int i = 0;
            for (; i < m4; i += 4)
                Tile4x8(ref ra, ref rb, ref rc, i, j, p, q);
            for (; i < m; i++)
                Tile1x8(ref ra, ref rb, ref rc, i, j, p, q);
        }
        if (q - qVec >= 4)
        {
            for (int i = 0; i < m; i++)
                Tile1x4(ref ra, ref rb, ref rc, i, qVec, p, q);
            qVec += 4;
        }
        if (qVec < q)
            MultiplyAddScalar(a, b, c, 0, m, qVec, q, p, q);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile1x4(ref double a, ref double b, ref double c, int i, int j, int p, int q)
    {
        var c0 = Vector256<double>.Zero;
        ref double a0 = ref Unsafe.Add(ref a, i * p);
        ref double bj = ref Unsafe.Add(ref b, j);
        for (int k = 0; k < p; k++)
            c0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref a0, k)), Vector256.LoadUnsafe(ref Unsafe.Add(ref bj, k * q)), c0);
        ref double target = ref Unsafe.Add(ref c, i * q + j);
        (Vector256.LoadUnsafe(ref target) + c0).StoreUnsafe(ref target);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile4x8(ref double a, ref double b, ref double c, int i, int j, int p, int q)
    {
        var c00 = Vector256<double>.Zero; var c01 = Vector256<double>.Zero;
        var c10 = Vector256<double>.Zero; var c11 = Vector256<double>.Zero;
        var c20 = Vector256<double>.Zero; var c21 = Vector256<double>.Zero;
        var c30 = Vector256<double>.Zero; var c31 = Vector256<double>.Zero;
        ref double a0 = ref Unsafe.Add(ref a, i * p);
        ref double a1 = ref Unsafe.Add(ref a0, p);
        ref double a2 = ref Unsafe.Add(ref a1, p);
        ref double a3 = ref Unsafe.Add(ref a2, p);
        ref double bj = ref Unsafe.Add(ref b, j);
        for (int k = 0; k < p; k++)
        {
            ref double bk = ref Unsafe.Add(ref bj, k * q);
            var b0 = Vector256.LoadUnsafe(ref bk);
            var b1 = Vector256.LoadUnsafe(ref bk, 4);
            var x0 = Vector256.Create(Unsafe.Add(ref a0, k));
            var x1 = Vector256.Create(Unsafe.Add(ref a1, k));
            var x2 = Vector256.Create(Unsafe.Add(ref a2, k));
            var x3 = Vector256.Create(Unsafe.Add(ref a3, k));
            c00 = Vector256.FusedMultiplyAdd(x0, b0, c00); c01 = Vector256.FusedMultiplyAdd(x0, b1, c01);
            c10 = Vector256.FusedMultiplyAdd(x1, b0, c10); c11 = Vector256.FusedMultiplyAdd(x1, b1, c11);
            c20 = Vector256.FusedMultiplyAdd(x2, b0, c20); c21 = Vector256.FusedMultiplyAdd(x2, b1, c21);
            c30 = Vector256.FusedMultiplyAdd(x3, b0, c30); c31 = Vector256.FusedMultiplyAdd(x3, b1, c31);
        }
        AddTo(ref c, i * q + j, c00, c01);
        AddTo(ref c, (i + 1) * q + j, c10, c11);
        AddTo(ref c, (i + 2) * q + j, c20, c21);
        AddTo(ref c, (i + 3) * q + j, c30, c31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile1x8(ref double a, ref double b, ref double c, int i, int j, int p, int q)
    {
        var c0 = Vector256<double>.Zero; var c1 = Vector256<double>.Zero;
        ref double a0 = ref Unsafe.Add(ref a, i * p);
        ref double bj = ref Unsafe.Add(ref b, j);
        for (int k = 0; k < p; k++)
        {
            ref double bk = ref Unsafe.Add(ref bj, k * q);
            var x0 = Vector256.Create(Unsafe.Add(ref a0, k));
            c0 = Vector256.FusedMultiplyAdd(x0, Vector256.LoadUnsafe(ref bk), c0);
            c1 = Vector256.FusedMultiplyAdd(x0, Vector256.LoadUnsafe(ref bk, 4), c1);
        }
        AddTo(ref c, i * q + j, c0, c1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(ref double c, int offset, Vector256<double> lo, Vector256<double> hi)
    {
        ref double target = ref Unsafe.Add(ref c, offset);
        (Vector256.LoadUnsafe(ref target) + lo).StoreUnsafe(ref target);
        (Vector256.LoadUnsafe(ref target, 4) + hi).StoreUnsafe(ref target, 4);
    }

    private static void MultiplyAddScalar(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c,
        int rowStart, int rowEnd, int colStart, int colEnd, int p, int q)
    {
        for (int i = rowStart; i < rowEnd; i++)
        {
            var aRow = a.Slice(i * p, p);
            var cRow = c.Slice(i * q, q);
            for (int j = colStart; j < colEnd; j++)
            {
                double sum = 0;
                for (int k = 0; k < p; k++)
                    sum += aRow[k] * b[k * q + j];
                cRow[j] += sum;
            }
        }
    }

    /// <summary>Writes the transpose of a row-major rows×cols block into dest (cols×rows).</summary>
    public static void Transpose(ReadOnlySpan<double> source, int rows, int cols, Span<double> dest)
    {
        for (int i = 0; i < rows; i++)
        {
            var row = source.Slice(i * cols, cols);
            for (int j = 0; j < cols; j++)
                dest[j * rows + i] = row[j];
        }
    }
}
