using Learnware.Numerics;

namespace Learnware.Specifications.Images;

/// <summary>
/// Builds an image RKME: the images are prepared as the reference does (<see cref="ImagePreprocessing"/>), the K points
/// are k-means centres of the prepared images, and their weights solve the simplex QP under random ConvNet features
/// with rows aligned to the points.
/// </summary>
/// <remarks>
/// The reference keeps its points at seeded noise (its z step never runs) and scrambles the feature rows, so its
/// weights carry all the information. Here the points are k-means centres of the prepared images, so each point
/// summarises real images and the weights only balance them (the measured NNGP MMD² of a spec to its own images is in
/// docs/specifications.md). The random networks are fewer and narrower than the reference's (4 of width 32 against
/// 16 of width 256) so that 5,000 images fit a CPU budget; they only weigh the points, and search uses the exact NNGP
/// kernel. The QP needs the features of the points and only the mean feature of the data, so the data's features are
/// accumulated, never stored.
/// </remarks>
internal static class RkmeImageBuilder
{
    private const double FeatureKernelOffset = 0.01;

    public static RkmeImageSpecification Build(ReadOnlySpan<float> images, int count, int channels, int height, int width,
        RkmeImageOptions options)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var (source, n) = Sample(images, count, channels * height * width, options.SampleSize, random);
        var prepared = ImagePreprocessing.Prepare(source, n, channels, height, width, options.Whitening);
        int dimension = channels * ConvNetNngpKernel.Pixels;
        int k = Math.Min(options.ReducedSetSize, n);
        var asDouble = new double[prepared.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertChecked<float, double>(prepared, asDouble);
        var centres = KMeansPlusPlus.Fit(new DenseMatrix(asDouble, n, dimension), k, random, options.KMeansIterations);
        var points = new float[centres.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<double, float>(centres, points);

        var features = new RandomConvNetFeatures(channels, options.FeatureModels, options.FeatureWidth, random);
        var mean = features.Mean(prepared, n);
        var pointFeatures = new float[k * features.FeatureCount];
        features.Compute(points, k, pointFeatures);
        int f = features.FeatureCount;
        var q = new double[k * k];
        var c = new double[k];
        for (int i = 0; i < k; i++)
        {
            var fi = pointFeatures.AsSpan(i * f, f);
            for (int j = 0; j <= i; j++)
                q[i * k + j] = q[j * k + i] = System.Numerics.Tensors.TensorPrimitives.Dot<float>(fi, pointFeatures.AsSpan(j * f, f)) + FeatureKernelOffset;
            double dot = 0;
            for (int t = 0; t < f; t++)
                dot += fi[t] * mean[t];
            c[i] = dot + FeatureKernelOffset;
        }
        var weights = new double[k];
        SimplexQpSolver.Solve(q, c, weights);
        return new RkmeImageSpecification(points, channels, weights,
            new ImageFeatureConfig(options.FeatureModels, options.FeatureWidth));
    }

    /// <summary>At most <paramref name="limit"/> images, drawn without replacement when there are more.</summary>
    private static (float[] Images, int Count) Sample(ReadOnlySpan<float> images, int count, int size, int limit, Random random)
    {
        if (count <= limit)
            return (images.ToArray(), count);
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        var chosen = order[..limit];
        Array.Sort(chosen);
        var sample = new float[limit * size];
        for (int i = 0; i < limit; i++)
            images.Slice(chosen[i] * size, size).CopyTo(sample.AsSpan(i * size, size));
        return (sample, limit);
    }
}
