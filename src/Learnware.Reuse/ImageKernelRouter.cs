using System.Numerics.Tensors;
using Learnware.Numerics;
using Learnware.Specifications.Images;

namespace Learnware.Reuse;

/// <summary>
/// Routes each image to the learnware with the highest posterior w_i · Σ_j β_ij exp(−d²(x, z_ij) / h), where d² is
/// the squared distance the search-time ConvNet NNGP kernel induces: d²(x, z) = K(x, x) + K(z, z) − 2K(x, z).
/// </summary>
/// <remarks>
/// This is the table router's Bayes rule (<see cref="RkmeDensityRouter"/>) in the geometry the image search scores
/// with. The NNGP kernel itself is broad: a Gaussian of its distance at a wide bandwidth ranks learnwares much as the
/// kernel mean does, and on two Fashion-MNIST experts (classes 0–4 and 5–9) sends every image to one of them (at 30
/// times the bandwidth below, 0.547 of 400 images reach their own expert); the reference's LightGBM selector, herded
/// from K copies of 50 points, reaches 0.550. Local, with h the median squared distance from a reduced-set point to
/// its nearest neighbour in the same specification, each point speaks for the images around it as a k-means centre
/// does: 0.873 (0.823 at a tenth of h, 0.833 at four times). One bandwidth serves every learnware, so their unknown
/// normalising constants cancel; the mixture weights w weigh learnwares whose points are equally near. Scores are
/// summed in the log domain (ImageLearnwareTests prints these shares).
/// </remarks>
internal sealed class ImageKernelRouter
{
    private readonly RkmeImageSpecification[] _specs;
    private readonly double[] _logWeights;
    private readonly double[][] _logBeta;

    /// <summary>A router over <paramref name="specs"/> with mixture weights <paramref name="weights"/>; a zero weight is never chosen.</summary>
    public ImageKernelRouter(IReadOnlyList<RkmeImageSpecification> specs, IReadOnlyList<double> weights)
    {
        _specs = [.. specs];
        _logWeights = [.. weights.Select(w => w > 0 ? Math.Log(w) : double.NegativeInfinity)];
        if (_logWeights.All(double.IsNegativeInfinity))
            throw new ArgumentException("no learnware has a positive weight", nameof(weights));
        _logBeta = [.. _specs.Select(s => s.Weights.ToArray().Select(b => b > 0 ? Math.Log(b) : double.NegativeInfinity).ToArray())];
        Bandwidth = MedianNearestNeighbourDistance();
    }

    /// <summary>h: the median squared NNGP distance from a reduced-set point to the nearest other point of its specification.</summary>
    public double Bandwidth { get; }

    /// <summary>The learnware index chosen for each prepared image (a row of <paramref name="points"/>).</summary>
    public int[] Route(DenseMatrix points)
    {
        var route = new int[points.Rows];
        int size = _specs[0].PointSize, longest = _specs.Max(s => s.Count);
        Parallel.For(0, points.Rows, () => new Scratch(size, longest), (r, _, scratch) =>
        {
            TensorPrimitives.ConvertTruncating<double, float>(points.Row(r), scratch.Image);
            // The image's own variance maps and K(x, x) serve every learnware, so they are made once.
            ConvNetNngpKernel.Variances(scratch.Image, _specs[0].Channels, scratch.Variances, scratch.Work);
            double self = ConvNetNngpKernel.Self(scratch.Variances, scratch.Work);
            double best = double.NegativeInfinity;
            int chosen = -1;
            for (int i = 0; i < _specs.Length; i++)
            {
                if (double.IsNegativeInfinity(_logWeights[i]))
                    continue;
                double score = _logWeights[i] + LogDensity(i, self, scratch);
                if (score > best || chosen < 0)
                {
                    best = score;
                    chosen = i;
                }
            }
            route[r] = chosen;
            return scratch;
        }, _ => { });
        return route;
    }

    /// <summary>log Σ_j β_ij exp(−d²(x, z_ij)/h) for the image in <paramref name="scratch"/>, whose K(x, x) is <paramref name="self"/>.</summary>
    private double LogDensity(int learnware, double self, Scratch scratch)
    {
        var spec = _specs[learnware];
        var kernels = scratch.Kernels.AsSpan(0, spec.Count);
        spec.KernelToPoints(scratch.Image, scratch.Variances, kernels, scratch.Work);
        var exponents = scratch.Exponents.AsSpan(0, spec.Count);
        var logBeta = _logBeta[learnware];
        var selfKernels = spec.PointSelfKernels;
        for (int j = 0; j < exponents.Length; j++)
        {
            double squared = Math.Max(self + selfKernels[j] - 2 * kernels[j], 0);
            exponents[j] = logBeta[j] - squared / Bandwidth;
        }
        double max = TensorPrimitives.Max(exponents);
        if (double.IsNegativeInfinity(max))
            return max;
        TensorPrimitives.Subtract(exponents, max, exponents);
        TensorPrimitives.Exp(exponents, exponents);
        return max + Math.Log(TensorPrimitives.Sum(exponents));
    }

    private double MedianNearestNeighbourDistance()
    {
        var nearest = new List<double>();
        int longest = _specs.Max(s => s.Count);
        var scratch = new Scratch(_specs[0].PointSize, longest);
        foreach (var spec in _specs)
        {
            var selfKernels = spec.PointSelfKernels;
            for (int j = 0; j < spec.Count; j++)
            {
                if (spec.Count < 2)
                    break;
                // A point's own maps and K(z, z) are the specification's, made once.
                spec.KernelToPoints(spec.Point(j), spec.PointVariances(j), scratch.Kernels, scratch.Work);
                double closest = double.PositiveInfinity;
                for (int k = 0; k < spec.Count; k++)
                    if (k != j)
                        closest = Math.Min(closest, Math.Max(selfKernels[j] + selfKernels[k] - 2 * scratch.Kernels[k], 0));
                nearest.Add(closest);
            }
        }
        if (nearest.Count == 0)
            return 1;
        nearest.Sort();
        double median = nearest[nearest.Count / 2];
        // Identical points (a specification of one repeated image) give 0; any positive scale then serves.
        return median > 0 ? median : nearest.FirstOrDefault(d => d > 0, 1);
    }

    /// <summary>Per-thread buffers: the image as floats and its variance maps, its kernels and exponents, the kernel's scratch.</summary>
    private sealed class Scratch(int size, int points)
    {
        public float[] Image { get; } = new float[size];
        public float[] Variances { get; } = new float[ConvNetNngpKernel.VarianceLength];
        public double[] Kernels { get; } = new double[points];
        public double[] Exponents { get; } = new double[points];
        public float[] Work { get; } = new float[ConvNetNngpKernel.ScratchLength];
    }
}
