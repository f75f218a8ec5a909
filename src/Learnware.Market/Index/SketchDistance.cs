using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Learnware.Market.Index;

/// <summary>Squared Euclidean distance between two sketches, the estimate of MMD² the index ranks by.</summary>
public static class SketchDistance
{
    /// <summary>‖a − b‖², with float accumulation (a scan of a million rows is memory-bound, not precision-bound).</summary>
    public static float Squared(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"sketches of different lengths ({a.Length} vs {b.Length})");
        return Squared(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b), a.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Squared(ref float a, ref float b, int length)
    {
        int i = 0;
        float total = 0;
        if (Vector256.IsHardwareAccelerated && length >= Vector256<float>.Count)
        {
            // Four independent accumulators hide the latency of the fused multiply-adds.
            var s0 = Vector256<float>.Zero; var s1 = Vector256<float>.Zero;
            var s2 = Vector256<float>.Zero; var s3 = Vector256<float>.Zero;
            for (; i <= length - 32; i += 32)
            {
                var d0 = Vector256.LoadUnsafe(ref a, (nuint)i) - Vector256.LoadUnsafe(ref b, (nuint)i);
                var d1 = Vector256.LoadUnsafe(ref a, (nuint)(i + 8)) - Vector256.LoadUnsafe(ref b, (nuint)(i + 8));
                var d2 = Vector256.LoadUnsafe(ref a, (nuint)(i + 16)) - Vector256.LoadUnsafe(ref b, (nuint)(i + 16));
                var d3 = Vector256.LoadUnsafe(ref a, (nuint)(i + 24)) - Vector256.LoadUnsafe(ref b, (nuint)(i + 24));
                s0 = Vector256.FusedMultiplyAdd(d0, d0, s0);
                s1 = Vector256.FusedMultiplyAdd(d1, d1, s1);
                s2 = Vector256.FusedMultiplyAdd(d2, d2, s2);
                s3 = Vector256.FusedMultiplyAdd(d3, d3, s3);
            }
            for (; i <= length - 8; i += 8)
            {
                var d0 = Vector256.LoadUnsafe(ref a, (nuint)i) - Vector256.LoadUnsafe(ref b, (nuint)i);
                s0 = Vector256.FusedMultiplyAdd(d0, d0, s0);
            }
            total = Vector256.Sum((s0 + s1) + (s2 + s3));
        }
        for (; i < length; i++)
        {
            float d = Unsafe.Add(ref a, i) - Unsafe.Add(ref b, i);
            total += d * d;
        }
        return total;
    }
}
