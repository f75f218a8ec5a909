using System.Globalization;
using Learnware.Numerics;

namespace Learnware.Specifications.Images;

/// <summary>
/// A reduced kernel mean embedding of images: K weighted C×32×32 points in the prepared (standardised, whitened)
/// image space, compared under the ConvNet NNGP kernel exactly as the reference package does.
/// </summary>
/// <remarks>
/// Immutable. &lt;P,Q&gt; = Σ_ij β^P_i β^Q_j K(z^P_i, z^Q_j) with K in float32 and the sum in double; &lt;P,P&gt;
/// takes the diagonal from the self path as the reference does. The search turns MMD² into 1 − exp(−d / 0.00005).
/// </remarks>
public sealed class RkmeImageSpecification : IStatSpecification
{
    /// <summary>The type tag stored in the JSON file, shared with the reference package.</summary>
    public const string TypeName = "RKMEImageSpecification";

    /// <summary>The reference's scale of the search-time distance transform.</summary>
    public const double SearchDistanceScale = 0.00005;

    private const double HerdingNoise = 0.01;
    private const int Plane = ConvNetNngpKernel.Pixels;
    private readonly float[] _points;
    private readonly double[] _weights;
    private readonly Lazy<(float[] Variances, double[] Self)> _maps;

    /// <summary>Creates a specification from K points (K×C×32×32 floats) and their K weights.</summary>
    public RkmeImageSpecification(float[] points, int channels, double[] weights, ImageFeatureConfig? features = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        if (weights.Length == 0)
            throw new ArgumentException("a specification needs at least one point", nameof(weights));
        if (points.Length != (long)weights.Length * channels * Plane)
            throw new ArgumentException($"{weights.Length} points of {channels}x32x32 need {(long)weights.Length * channels * Plane} values, got {points.Length}", nameof(points));
        _points = points;
        _weights = weights;
        Channels = channels;
        Features = features ?? ImageFeatureConfig.Reference;
        _maps = new Lazy<(float[], double[])>(ComputeMaps);
    }

    /// <summary>Channels C of every point.</summary>
    public int Channels { get; }

    /// <summary>The random networks the weights were fitted under.</summary>
    public ImageFeatureConfig Features { get; }

    /// <summary>The points z, K×C×32×32.</summary>
    public ReadOnlySpan<float> Points => _points;

    /// <inheritdoc />
    public ReadOnlySpan<double> Weights => _weights;

    /// <inheritdoc />
    public int Count => _weights.Length;

    /// <inheritdoc />
    string IStatSpecification.TypeName => TypeName;

    /// <inheritdoc />
    public string DataType => "Image";

    /// <inheritdoc />
    public IReadOnlyList<int> PointShape => [Channels, ConvNetNngpKernel.Side, ConvNetNngpKernel.Side];

    /// <inheritdoc />
    public int PointSize => Channels * Plane;

    /// <summary>Point i (C×32×32).</summary>
    public ReadOnlySpan<float> Point(int i) => _points.AsSpan(i * PointSize, PointSize);

    /// <summary>Makes the specification of N images of C×H×W (channel-major floats, any size).</summary>
    public static RkmeImageSpecification FromImages(ReadOnlySpan<float> images, int count, int channels, int height, int width,
        RkmeImageOptions? options = null) =>
        RkmeImageBuilder.Build(images, count, channels, height, width, options ?? new RkmeImageOptions());

    /// <inheritdoc />
    public double InnerProduct(IStatSpecification other)
    {
        var image = RequireImage(other);
        var (mine, mySelf) = _maps.Value;
        var (theirs, _) = image._maps.Value;
        bool same = ReferenceEquals(this, image);
        int k = Count, m = image.Count, size = PointSize;
        var rows = new double[k];
        Parallel.For(0, k, () => new float[ConvNetNngpKernel.ScratchLength], (i, _, scratch) =>
        {
            var x = Point(i);
            var vx = mine.AsSpan(i * ConvNetNngpKernel.VarianceLength, ConvNetNngpKernel.VarianceLength);
            double sum = 0;
            for (int j = 0; j < m; j++)
            {
                double kernel = same && i == j ? mySelf[i] : ConvNetNngpKernel.Evaluate(x, vx, image.Point(j),
                    theirs.AsSpan(j * ConvNetNngpKernel.VarianceLength, ConvNetNngpKernel.VarianceLength), Channels, scratch);
                sum += image._weights[j] * kernel;
            }
            rows[i] = _weights[i] * sum;
            return scratch;
        }, _ => { });
        double total = 0;
        foreach (double r in rows)
            total += r;
        return total;
    }

    /// <inheritdoc />
    public bool SharesKernelWith(IStatSpecification other) => other is RkmeImageSpecification image && image.Channels == Channels;

    /// <inheritdoc />
    public double SearchDistance(double mmd2) => 1 - Math.Exp(-mmd2 / SearchDistanceScale);

    /// <inheritdoc />
    /// <remarks>As the reference: points drawn in proportion to the (clipped, normalised) weights, plus N(0, 0.01²) noise.</remarks>
    public double[] Herd(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var cumulative = new double[Count];
        double total = 0;
        for (int i = 0; i < Count; i++)
            cumulative[i] = total += Math.Max(_weights[i], 0);
        int size = PointSize;
        var samples = new double[count * size];
        for (int t = 0; t < count; t++)
        {
            int pick = total > 0 ? Array.BinarySearch(cumulative, random.NextDouble() * total) : random.Next(Count);
            if (pick < 0) pick = Math.Min(~pick, Count - 1);
            var point = Point(pick);
            var target = samples.AsSpan(t * size, size);
            for (int p = 0; p < size; p++)
                target[p] = point[p] + HerdingNoise * StandardNormal.Sample(random);
        }
        return samples;
    }

    /// <inheritdoc />
    public DenseMatrix ToPoints(DenseMatrix modelInputs, IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(modelInputs);
        var (c, h, w) = ImageShape(sampleShape);
        if (c != Channels)
            throw new ArgumentException($"the specification's images have {Channels} channels, the data's have {c}", nameof(sampleShape));
        if (modelInputs.Columns != c * h * w)
            throw new ArgumentException($"images of [{c}, {h}, {w}] have {c * h * w} values, the data rows have {modelInputs.Columns}", nameof(modelInputs));
        var floats = new float[modelInputs.Data.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<double, float>(modelInputs.Data, floats);
        var prepared = ImagePreprocessing.Prepare(floats, modelInputs.Rows, c, h, w);
        var values = new double[prepared.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertChecked<float, double>(prepared, values);
        return new DenseMatrix(values, modelInputs.Rows, PointSize);
    }

    /// <inheritdoc />
    public IStatSpecification Empirical(DenseMatrix points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Columns != PointSize)
            throw new ArgumentException($"image points have {PointSize} values, got {points.Columns}", nameof(points));
        var floats = new float[points.Data.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<double, float>(points.Data, floats);
        return new RkmeImageSpecification(floats, Channels, Enumerable.Repeat(1.0 / points.Rows, points.Rows).ToArray(), Features);
    }

    /// <inheritdoc />
    /// <remarks>Herded points are resized to the model's H×W; the unanticipated inputs are random whole pixel values in
    /// [0, 255], as the reference's checker draws them.</remarks>
    public DenseMatrix SampleModelInputs(IReadOnlyList<int> sampleShape, int herded, int random, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var (c, h, w) = ImageShape(sampleShape);
        int size = c * h * w;
        var rows = new double[(herded + random) * size];
        if (herded > 0)
        {
            var points = Herd(herded, rng);
            var resize = new ImageResize(ConvNetNngpKernel.Side, ConvNetNngpKernel.Side, h, w);
            var plane = new float[Plane];
            var resized = new float[h * w];
            for (int t = 0; t < herded; t++)
                for (int ch = 0; ch < c; ch++)
                {
                    for (int p = 0; p < Plane; p++)
                        plane[p] = (float)points[(t * Channels + ch) * Plane + p];
                    resize.Plane(plane, resized);
                    for (int p = 0; p < resized.Length; p++)
                        rows[t * size + ch * h * w + p] = resized[p];
                }
        }
        for (int i = herded * size; i < rows.Length; i++)
            rows[i] = rng.Next(0, 256);
        return new DenseMatrix(rows, herded + random, size);
    }

    /// <inheritdoc />
    public string? InputMismatch(IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(sampleShape);
        if (sampleShape.Count != 3 || sampleShape.Any(d => d < 1))
            return $"an image model takes [C, H, W] per sample, the model takes [{string.Join(", ", sampleShape)}]";
        return sampleShape[0] == Channels ? null
            : $"the statistical specification's images have {Channels} channels, the model takes {sampleShape[0]}";
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Count} images of {Channels}x32x32, ConvNet NNGP kernel");

    /// <inheritdoc />
    public string ToJson() => RkmeImageJson.Serialize(this);

    /// <summary>(C, H, W) of a per-sample image shape.</summary>
    public static (int Channels, int Height, int Width) ImageShape(IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(sampleShape);
        if (sampleShape.Count != 3 || sampleShape.Any(d => d < 1))
            throw new ArgumentException($"images are [C, H, W] per sample, got [{string.Join(", ", sampleShape)}]", nameof(sampleShape));
        return (sampleShape[0], sampleShape[1], sampleShape[2]);
    }

    /// <summary>K(z_i, z_i) of every point, computed once with the specification's kernel maps.</summary>
    public ReadOnlySpan<double> PointSelfKernels => _maps.Value.Self;

    /// <summary>The variance maps of point <paramref name="i"/> (<see cref="ConvNetNngpKernel.Variances"/>), computed once with the specification.</summary>
    public ReadOnlySpan<float> PointVariances(int i) =>
        _maps.Value.Variances.AsSpan(i * ConvNetNngpKernel.VarianceLength, ConvNetNngpKernel.VarianceLength);

    /// <summary>
    /// The NNGP kernel between one prepared image x (C×32×32, as <see cref="ToPoints"/> gives) and every point: K(x, z_j)
    /// into <paramref name="kernels"/> (<see cref="Count"/> values). The image's variance maps
    /// (<see cref="ConvNetNngpKernel.Variances"/>) are the caller's, so that an image compared with several
    /// specifications has them made once. Allocation-free: <paramref name="scratch"/> needs
    /// <see cref="ConvNetNngpKernel.ScratchLength"/> floats.
    /// </summary>
    public void KernelToPoints(ReadOnlySpan<float> image, ReadOnlySpan<float> imageVariances, Span<double> kernels, Span<float> scratch)
    {
        if (image.Length != PointSize)
            throw new ArgumentException($"a prepared image of this specification has {PointSize} values, not {image.Length}", nameof(image));
        if (imageVariances.Length < ConvNetNngpKernel.VarianceLength)
            throw new ArgumentException($"the image's variance maps have {ConvNetNngpKernel.VarianceLength} values", nameof(imageVariances));
        if (kernels.Length < Count)
            throw new ArgumentException($"room for {Count} kernel values is needed", nameof(kernels));
        var variances = _maps.Value.Variances;
        for (int j = 0; j < Count; j++)
            kernels[j] = ConvNetNngpKernel.Evaluate(image, imageVariances, Point(j),
                variances.AsSpan(j * ConvNetNngpKernel.VarianceLength, ConvNetNngpKernel.VarianceLength), Channels, scratch);
    }

    private (float[] Variances, double[] Self) ComputeMaps()
    {
        var variances = new float[Count * ConvNetNngpKernel.VarianceLength];
        var self = new double[Count];
        var scratch = new float[ConvNetNngpKernel.ScratchLength];
        for (int i = 0; i < Count; i++)
        {
            var v = variances.AsSpan(i * ConvNetNngpKernel.VarianceLength, ConvNetNngpKernel.VarianceLength);
            ConvNetNngpKernel.Variances(Point(i), Channels, v, scratch);
            self[i] = ConvNetNngpKernel.Self(v, scratch);
        }
        return (variances, self);
    }

    private RkmeImageSpecification RequireImage(IStatSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var image = other as RkmeImageSpecification
            ?? throw new ArgumentException($"a {TypeName} cannot be compared with a {other.TypeName}");
        if (image.Channels != Channels)
            throw new ArgumentException($"image specifications of {Channels} and {image.Channels} channels cannot be compared");
        return image;
    }
}
