using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Learnware.Specifications.Images;

/// <summary>
/// The analytic ConvNet NNGP kernel the reference package scores image specifications with: three blocks of
/// [3×3 convolution (weight variance √2, bias variance 0.1), ReLU, 2×2 average pooling] on 32×32 images, then the
/// average of the 4×4 map.
/// </summary>
/// <remarks>
/// Three per-pixel maps are propagated: xy, xx and yy. Convolution and pooling are linear, so xx and yy depend on one
/// image each; their pre-ReLU maps are computed once per image (<see cref="Variances"/>) and only xy is propagated per
/// pair. All arithmetic is float32 as in the reference. A pair needs <see cref="ScratchLength"/> floats of scratch,
/// which the caller owns, so evaluating the kernel allocates nothing.
/// </remarks>
public static class ConvNetNngpKernel
{
    /// <summary>Image side the kernel is defined on.</summary>
    public const int Side = 32;

    /// <summary>Pixels of one channel.</summary>
    public const int Pixels = Side * Side;

    /// <summary>Floats of the per-image pre-ReLU variance maps: 32², 16² and 8².</summary>
    public const int VarianceLength = Pixels + Pixels / 4 + Pixels / 16;

    /// <summary>Floats of scratch one pair needs.</summary>
    public const int ScratchLength = 5 * Pixels;

    private const int Depth = 3;
    private const float WeightVariance = 1.41421356f; // the reference passes √2 where the variance 2 was meant
    private const float BiasVariance = 0.1f;
    private const float Tiny = 1.17549435e-38f; // float32 smallest normal, the reference's guard against 0/0

    /// <summary>
    /// The pre-ReLU xx maps of one image (C×32×32, channel-major) at each block, into <paramref name="variances"/>
    /// (<see cref="VarianceLength"/> floats); <paramref name="scratch"/> needs <see cref="ScratchLength"/> floats.
    /// </summary>
    public static void Variances(ReadOnlySpan<float> image, int channels, Span<float> variances, Span<float> scratch)
    {
        Check(image, channels, scratch);
        if (variances.Length < VarianceLength)
            throw new ArgumentException($"the variance maps need {VarianceLength} floats", nameof(variances));
        var map = scratch[..Pixels];
        ChannelMean(image, image, channels, map);
        int side = Side, offset = 0;
        for (int block = 0; block < Depth; block++)
        {
            int n = side * side;
            var pre = variances.Slice(offset, n);
            Convolve(map[..n], side, pre, scratch.Slice(Pixels, n));
            // After the ReLU the variance halves; pooling then shrinks the map for the next block.
            TensorPrimitives.Multiply(pre, 0.5f, scratch.Slice(Pixels, n));
            Pool(scratch.Slice(Pixels, n), side, map[..(n / 4)]);
            offset += n;
            side /= 2;
        }
    }

    /// <summary>K(x, x) from the image's variance maps: the self path, where the ReLU keeps xy equal to xx.</summary>
    public static float Self(ReadOnlySpan<float> variances, Span<float> scratch)
    {
        var last = variances.Slice(Pixels + Pixels / 4, Pixels / 16);
        var half = scratch[..(Pixels / 16)];
        TensorPrimitives.Multiply(last, 0.5f, half);
        var pooled = scratch.Slice(Pixels / 16, Pixels / 64);
        Pool(half, Side / 4, pooled);
        return TensorPrimitives.Sum(pooled) / (Pixels / 64);
    }

    /// <summary>
    /// K(x, y) for two C×32×32 images with their <see cref="Variances"/>; allocation-free.
    /// </summary>
    public static float Evaluate(ReadOnlySpan<float> x, ReadOnlySpan<float> xVariances, ReadOnlySpan<float> y,
        ReadOnlySpan<float> yVariances, int channels, Span<float> scratch)
    {
        Check(x, channels, scratch);
        Check(y, channels, scratch);
        var map = scratch[..Pixels];
        var pre = scratch.Slice(Pixels, Pixels);
        var work = scratch.Slice(2 * Pixels, 3 * Pixels);
        ChannelMean(x, y, channels, map);
        int side = Side, offset = 0;
        for (int block = 0; block < Depth; block++)
        {
            int n = side * side;
            Convolve(map[..n], side, pre[..n], work[..n]);
            Relu(pre[..n], xVariances.Slice(offset, n), yVariances.Slice(offset, n));
            Pool(pre[..n], side, map[..(n / 4)]);
            offset += n;
            side /= 2;
        }
        // The final layer is a 4×4 convolution with weights 1/16: the mean of the map.
        return TensorPrimitives.Sum(map[..(Pixels / 64)]) / (Pixels / 64);
    }

    /// <summary>(1/C) Σ_c a_c ⊙ b_c per pixel.</summary>
    private static void ChannelMean(ReadOnlySpan<float> a, ReadOnlySpan<float> b, int channels, Span<float> map)
    {
        TensorPrimitives.Multiply(a[..Pixels], b[..Pixels], map);
        for (int c = 1; c < channels; c++)
            TensorPrimitives.MultiplyAdd(a.Slice(c * Pixels, Pixels), b.Slice(c * Pixels, Pixels), map, map);
        if (channels > 1)
            TensorPrimitives.Divide(map, channels, map);
    }

    /// <summary>(√2/9)·(3×3 box sum with zero padding) + 0.1 on a side×side map; <paramref name="row"/> is scratch.</summary>
    private static void Convolve(ReadOnlySpan<float> input, int side, Span<float> output, Span<float> row)
    {
        int n = side * side;
        // Horizontal three-sums over the flat map, then the two values that crossed a row edge are taken back out.
        input.CopyTo(row);
        TensorPrimitives.Add(row[1..n], input[..(n - 1)], row[1..n]);
        TensorPrimitives.Add(row[..(n - 1)], input[1..n], row[..(n - 1)]);
        for (int r = 1; r < side; r++)
        {
            row[r * side] -= input[r * side - 1];
            row[r * side - 1] -= input[r * side];
        }
        // Vertical three-sums: rows above and below, none beyond the border.
        row.CopyTo(output);
        TensorPrimitives.Add(output[side..n], row[..(n - side)], output[side..n]);
        TensorPrimitives.Add(output[..(n - side)], row[side..n], output[..(n - side)]);
        TensorPrimitives.Multiply(output, WeightVariance / 9f, output);
        TensorPrimitives.Add(output, BiasVariance, output);
    }

    /// <summary>
    /// The arc-cosine step in place on <paramref name="xy"/>: with c = xy and p = v1·v2 + tiny,
    /// θ = arccos(clamp(c/√p, −1, 1)) and xy' = (√max(p − c², 0) + (π − θ)·c) / 2π; one fused pass, eight pixels
    /// at a time.
    /// </summary>
    private static void Relu(Span<float> xy, ReadOnlySpan<float> v1, ReadOnlySpan<float> v2)
    {
        int n = xy.Length, i = 0;
        ref float c0 = ref MemoryMarshal.GetReference(xy);
        ref float a0 = ref MemoryMarshal.GetReference(v1);
        ref float b0 = ref MemoryMarshal.GetReference(v2);
        var tiny = Vector256.Create(Tiny);
        var one = Vector256<float>.One;
        var pi = Vector256.Create(MathF.PI);
        var twoPi = Vector256.Create(2 * MathF.PI);
        for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
        {
            var c = Vector256.LoadUnsafe(ref c0, (nuint)i);
            var p = Vector256.LoadUnsafe(ref a0, (nuint)i) * Vector256.LoadUnsafe(ref b0, (nuint)i) + tiny;
            var cosine = Vector256.Min(Vector256.Max(c / Vector256.Sqrt(p), -one), one);
            var theta = Arccos.Of(cosine);
            var root = Vector256.Sqrt(Vector256.Max(p - c * c, Vector256<float>.Zero));
            ((root + (pi - theta) * c) / twoPi).StoreUnsafe(ref c0, (nuint)i);
        }
        for (; i < n; i++)
        {
            float c = xy[i], p = v1[i] * v2[i] + Tiny;
            float theta = Arccos.Of(Math.Clamp(c / MathF.Sqrt(p), -1f, 1f));
            xy[i] = (MathF.Sqrt(MathF.Max(p - c * c, 0)) + (MathF.PI - theta) * c) / (2 * MathF.PI);
        }
    }

    /// <summary>2×2 average pooling with stride 2 of a side×side map.</summary>
    private static void Pool(ReadOnlySpan<float> input, int side, Span<float> output)
    {
        int half = side / 2;
        for (int r = 0; r < half; r++)
        {
            var top = input.Slice(2 * r * side, side);
            var bottom = input.Slice((2 * r + 1) * side, side);
            var target = output.Slice(r * half, half);
            for (int c = 0; c < half; c++)
                target[c] = (top[2 * c] + top[2 * c + 1] + bottom[2 * c] + bottom[2 * c + 1]) * 0.25f;
        }
    }

    private static void Check(ReadOnlySpan<float> image, int channels, Span<float> scratch)
    {
        if (channels < 1 || image.Length != channels * Pixels)
            throw new ArgumentException($"an image of {channels} channels needs {channels * Pixels} floats, got {image.Length}");
        if (scratch.Length < ScratchLength)
            throw new ArgumentException($"the kernel needs {ScratchLength} floats of scratch, got {scratch.Length}");
    }
}
