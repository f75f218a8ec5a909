using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Learnware.Numerics;

/// <summary>
/// The few element-wise operations the per-row hot loops need, precompiled in the published CLI.
/// </summary>
/// <remarks>
/// The same operations exist in TensorPrimitives. These were written when the hot loops were marked to be JIT-compiled
/// optimised at first call, which TensorPrimitives' generic methods are not, and each is called per row (hundreds of
/// thousands of times in one spec). Now both are precompiled in the published CLI and both start at tier 0 in a
/// JIT-compiled process; whether TensorPrimitives could replace them there has not been measured.
/// </remarks>
internal static class VectorMath
{
    /// <summary>‖a − b‖².</summary>
    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        int n = Math.Min(a.Length, b.Length), i = 0;
        double sum = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
        {
            var acc = Vector256<double>.Zero;
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var diff = Vector256.LoadUnsafe(ref ra, (nuint)i) - Vector256.LoadUnsafe(ref rb, (nuint)i);
                acc = Vector256.FusedMultiplyAdd(diff, diff, acc);
            }
            sum = Vector256.Sum(acc);
        }
        for (; i < n; i++)
        {
            double diff = Unsafe.Add(ref ra, i) - Unsafe.Add(ref rb, i);
            sum += diff * diff;
        }
        return sum;
    }

    /// <summary>target += source.</summary>
    public static void AddTo(Span<double> target, ReadOnlySpan<double> source)
    {
        ref double rt = ref MemoryMarshal.GetReference(target);
        ref double rs = ref MemoryMarshal.GetReference(source);
        int n = Math.Min(target.Length, source.Length), i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
                (Vector256.LoadUnsafe(ref rt, (nuint)i) + Vector256.LoadUnsafe(ref rs, (nuint)i)).StoreUnsafe(ref rt, (nuint)i);
        for (; i < n; i++)
            Unsafe.Add(ref rt, i) += Unsafe.Add(ref rs, i);
    }

    /// <summary>The index j minimising norms[j] − 2·dots[j] (the nearest centre up to the row's own norm), and that value.</summary>
    public static (int Index, double Value) NearestCentre(ReadOnlySpan<double> dots, ReadOnlySpan<double> norms)
    {
        int best = 0;
        double bestValue = double.PositiveInfinity;
        for (int j = 0; j < dots.Length; j++)
        {
            double value = norms[j] - 2 * dots[j];
            if (value < bestValue)
            {
                bestValue = value;
                best = j;
            }
        }
        return (best, bestValue);
    }
}
