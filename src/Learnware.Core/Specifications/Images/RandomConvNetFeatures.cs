using System.Numerics.Tensors;
using Learnware.Numerics;

namespace Learnware.Specifications.Images;

/// <summary>
/// Random ConvNet features of 32×32 images, the finite-width counterpart of the NNGP kernel: several networks of
/// three blocks [3×3 convolution (He-initialised weights, N(0, 0.1²) biases), ReLU, 2×2 average pooling], whose
/// 4×4 output maps are concatenated and scaled by 1/√(feature count), so φ(a)·φ(b) estimates a ConvNet kernel.
/// </summary>
/// <remarks>
/// Convolutions run as im2col: each of the C_in·9 shifted input planes is a row, and an output plane accumulates
/// weight × row with vectorised multiply-adds, so the work per image is a few thousand long SIMD passes.
/// </remarks>
public sealed class RandomConvNetFeatures
{
    private const int Depth = 3;
    private const int Side = ConvNetNngpKernel.Side;
    private readonly int _channels;
    private readonly float[][] _weights; // per model and layer: [out, in·9]
    private readonly float[][] _biases;

    /// <summary>Draws <paramref name="models"/> networks of <paramref name="width"/> channels for C-channel images.</summary>
    public RandomConvNetFeatures(int channels, int models, int width, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(models, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentNullException.ThrowIfNull(random);
        _channels = channels;
        Models = models;
        Width = width;
        _weights = new float[models * Depth][];
        _biases = new float[models * Depth][];
        for (int m = 0; m < models; m++)
        {
            for (int layer = 0; layer < Depth; layer++)
            {
                int inputs = (layer == 0 ? channels : width) * 9;
                double std = Math.Sqrt(2.0) / Math.Sqrt(inputs);
                var w = new float[width * inputs];
                for (int i = 0; i < w.Length; i++)
                    w[i] = (float)(std * StandardNormal.Sample(random));
                var b = new float[width];
                for (int i = 0; i < b.Length; i++)
                    b[i] = (float)(0.1 * StandardNormal.Sample(random));
                _weights[m * Depth + layer] = w;
                _biases[m * Depth + layer] = b;
            }
        }
        FeatureCount = models * width * 16;
    }

    /// <summary>Number of networks.</summary>
    public int Models { get; }

    /// <summary>Channels of each convolution.</summary>
    public int Width { get; }

    /// <summary>Features per image: models × width × 4 × 4.</summary>
    public int FeatureCount { get; }

    /// <summary>The features of N prepared images (N×C×32×32) into <paramref name="features"/> (N×FeatureCount).</summary>
    public void Compute(ReadOnlySpan<float> images, int count, Span<float> features)
    {
        int size = _channels * Side * Side;
        if (images.Length != count * size || features.Length != count * FeatureCount)
            throw new ArgumentException($"{count} images need {count * size} values and {count * FeatureCount} feature slots");
        var source = images.ToArray();
        var target = new float[count * FeatureCount];
        Parallel.For(0, count, () => new Workspace(_channels, Width), (i, _, work) =>
        {
            Image(source.AsSpan(i * size, size), target.AsSpan(i * FeatureCount, FeatureCount), work);
            return work;
        }, _ => { });
        target.CopyTo(features);
    }

    /// <summary>The mean feature vector of N prepared images, accumulated without keeping every image's features.</summary>
    public double[] Mean(float[] images, int count)
    {
        int size = _channels * Side * Side;
        if (images.Length != count * size)
            throw new ArgumentException($"{count} images need {count * size} values");
        var total = new double[FeatureCount];
        var gate = new Lock();
        Parallel.For(0, count, () => (Work: new Workspace(_channels, Width), Features: new float[FeatureCount], Sum: new double[FeatureCount]),
            (i, _, local) =>
            {
                Image(images.AsSpan(i * size, size), local.Features, local.Work);
                for (int f = 0; f < FeatureCount; f++)
                    local.Sum[f] += local.Features[f];
                return local;
            },
            local =>
            {
                lock (gate)
                    TensorPrimitives.Add(total, local.Sum, total);
            });
        TensorPrimitives.Divide(total, count, total);
        return total;
    }

    private void Image(ReadOnlySpan<float> image, Span<float> features, Workspace work)
    {
        float scale = 1f / MathF.Sqrt(FeatureCount);
        for (int m = 0; m < Models; m++)
        {
            image.CopyTo(work.Input);
            int inChannels = _channels, side = Side;
            for (int layer = 0; layer < Depth; layer++)
            {
                Convolve(work, inChannels, side, _weights[m * Depth + layer], _biases[m * Depth + layer]);
                PoolRelu(work, side);
                inChannels = Width;
                side /= 2;
            }
            var output = work.Input.AsSpan(0, Width * 16);
            TensorPrimitives.Multiply(output, scale, features.Slice(m * Width * 16, Width * 16));
        }
    }

    /// <summary>work.Output[o] = b_o + Σ_k W[o,k]·shift_k(input), with zero padding.</summary>
    private void Convolve(Workspace work, int inChannels, int side, float[] weights, float[] biases)
    {
        int n = side * side, taps = inChannels * 9;
        var patches = work.Patches;
        for (int c = 0; c < inChannels; c++)
        {
            var plane = work.Input.AsSpan(c * n, n);
            for (int dy = -1; dy <= 1; dy++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    var row = patches.AsSpan((c * 9 + (dy + 1) * 3 + dx + 1) * n, n);
                    for (int y = 0; y < side; y++)
                    {
                        var target = row.Slice(y * side, side);
                        int sy = y + dy;
                        if (sy < 0 || sy >= side)
                        {
                            target.Clear();
                            continue;
                        }
                        var src = plane.Slice(sy * side, side);
                        if (dx == 0)
                            src.CopyTo(target);
                        else if (dx < 0)
                        {
                            target[0] = 0;
                            src[..(side - 1)].CopyTo(target[1..]);
                        }
                        else
                        {
                            src[1..].CopyTo(target);
                            target[side - 1] = 0;
                        }
                    }
                }
            }
        }
        for (int o = 0; o < Width; o++)
        {
            var output = work.Output.AsSpan(o * n, n);
            output.Fill(biases[o]);
            var w = weights.AsSpan(o * taps, taps);
            for (int k = 0; k < taps; k++)
                TensorPrimitives.MultiplyAdd(patches.AsSpan(k * n, n), w[k], output, output);
        }
    }

    /// <summary>ReLU, then 2×2 average pooling from work.Output into work.Input.</summary>
    private void PoolRelu(Workspace work, int side)
    {
        int n = side * side, half = side / 2;
        var all = work.Output.AsSpan(0, Width * n);
        TensorPrimitives.Max(all, 0f, all);
        for (int o = 0; o < Width; o++)
        {
            var plane = work.Output.AsSpan(o * n, n);
            var target = work.Input.AsSpan(o * half * half, half * half);
            for (int r = 0; r < half; r++)
            {
                var top = plane.Slice(2 * r * side, side);
                var bottom = plane.Slice((2 * r + 1) * side, side);
                for (int c = 0; c < half; c++)
                    target[r * half + c] = (top[2 * c] + top[2 * c + 1] + bottom[2 * c] + bottom[2 * c + 1]) * 0.25f;
            }
        }
    }

    private sealed class Workspace(int channels, int width)
    {
        private const int Plane = Side * Side;
        public float[] Input { get; } = new float[Math.Max(channels, width) * Plane];
        public float[] Output { get; } = new float[width * Plane];
        public float[] Patches { get; } = new float[Math.Max(channels * 9 * Plane, width * 9 * Plane / 4)];
    }
}
