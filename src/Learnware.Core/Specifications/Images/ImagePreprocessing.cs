using System.Numerics.Tensors;

namespace Learnware.Specifications.Images;

/// <summary>
/// The reference's preparation of images before an RKME: non-finite pixels filled per image, resizing to 32×32,
/// per-channel standardisation over all images and pixels, and ZCA whitening for colour images.
/// </summary>
public static class ImagePreprocessing
{
    /// <summary>
    /// Prepares N images of C×H×W (channel-major floats, <paramref name="images"/> is not changed) into N×C×32×32.
    /// </summary>
    /// <exception cref="SpecificationException">An image has no finite pixel, or there are no images.</exception>
    public static float[] Prepare(float[] images, int count, int channels, int height, int width,
        bool whitening = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (count < 1)
            throw new SpecificationException("there are no images");
        int size = channels * height * width;
        ArgumentNullException.ThrowIfNull(images);
        if (images.Length != (long)count * size)
            throw new ArgumentException($"{count} images of {channels}x{height}x{width} need {(long)count * size} values, got {images.Length}");
        const int Plane = ConvNetNngpKernel.Pixels;
        var prepared = new float[count * channels * Plane];
        try
        {
            PrepareEach(images, prepared, count, channels, height, width);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<SpecificationException>().FirstOrDefault() is { } first)
        {
            throw new SpecificationException(first.Message, e);
        }
        Standardise(prepared, count, channels);
        if (channels > 1 && whitening)
            ZcaWhitening.Apply(prepared, count, channels * Plane);
        return prepared;
    }

    /// <summary>Fills, copies and resizes every image into <paramref name="prepared"/>, in parallel.</summary>
    private static void PrepareEach(float[] images, float[] prepared, int count, int channels, int height, int width)
    {
        const int Side = ConvNetNngpKernel.Side, Plane = ConvNetNngpKernel.Pixels;
        int size = channels * height * width;
        bool resize = height != Side || width != Side;
        Parallel.For(0, count, () => (Image: new float[size], Resize: resize ? new ImageResize(height, width, Side, Side) : null),
            (i, _, local) =>
            {
                images.AsSpan(i * size, size).CopyTo(local.Image);
                FillNonFinite(local.Image, i);
                var target = prepared.AsSpan(i * channels * Plane, channels * Plane);
                if (local.Resize is { } resizer)
                    for (int c = 0; c < channels; c++)
                        resizer.Plane(local.Image.AsSpan(c * height * width, height * width), target.Slice(c * Plane, Plane));
                else
                    local.Image.CopyTo(target);
                return local;
            }, _ => { });
    }

    /// <summary>±Inf and NaN pixels become the mean of the image's finite pixels (over all its channels).</summary>
    private static void FillNonFinite(Span<float> image, int index)
    {
        double sum = 0;
        int finite = 0;
        foreach (float v in image)
            if (float.IsFinite(v)) { sum += v; finite++; }
        if (finite == image.Length)
            return;
        if (finite == 0)
            throw new SpecificationException($"image {index} has no finite pixel");
        float mean = (float)(sum / finite);
        for (int p = 0; p < image.Length; p++)
            if (!float.IsFinite(image[p]))
                image[p] = mean;
    }

    /// <summary>
    /// (x − mean_c) / std_c per channel over all images and pixels, with the unbiased standard deviation; a constant
    /// channel is only centred (the reference would divide by zero).
    /// </summary>
    private static void Standardise(float[] prepared, int count, int channels)
    {
        const int Plane = ConvNetNngpKernel.Pixels;
        for (int c = 0; c < channels; c++)
        {
            double sum = 0, squares = 0;
            for (int i = 0; i < count; i++)
            {
                var plane = prepared.AsSpan((i * channels + c) * Plane, Plane);
                sum += TensorPrimitives.Sum<float>(plane);
            }
            long n = (long)count * Plane;
            double mean = sum / n;
            for (int i = 0; i < count; i++)
            {
                foreach (float v in prepared.AsSpan((i * channels + c) * Plane, Plane))
                {
                    double d = v - mean;
                    squares += d * d;
                }
            }
            double std = n > 1 ? Math.Sqrt(squares / (n - 1)) : 0;
            float scale = std > 0 ? (float)(1 / std) : 1f;
            for (int i = 0; i < count; i++)
            {
                var plane = prepared.AsSpan((i * channels + c) * Plane, Plane);
                TensorPrimitives.Subtract(plane, (float)mean, plane);
                TensorPrimitives.Multiply(plane, scale, plane);
            }
        }
    }
}
