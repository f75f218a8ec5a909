namespace Learnware.Images;

/// <summary>N images of C×H×W as floats (channel-major per image), pixel values as stored (0–255 for 8-bit files).</summary>
public sealed record ImageSet(float[] Pixels, int Count, int Channels, int Height, int Width)
{
    /// <summary>Values per image.</summary>
    public int ImageSize => Channels * Height * Width;

    /// <summary>The per-sample shape [C, H, W].</summary>
    public int[] SampleShape => [Channels, Height, Width];

    /// <summary>
    /// The images as a model taking <paramref name="sampleShape"/> ([C, H, W]) needs them: resized (antialiased
    /// bilinear) when H×W differ; a different channel count is an error.
    /// </summary>
    public ImageSet FitTo(IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(sampleShape);
        if (sampleShape.Count != 3 || sampleShape.Any(d => d < 1))
            throw new ArgumentException($"the model takes [{string.Join(", ", sampleShape)}] per sample, not images of [C, H, W]");
        if (sampleShape[0] != Channels)
            throw new ArgumentException($"the model takes images of {sampleShape[0]} channels, these have {Channels}");
        int height = sampleShape[1], width = sampleShape[2];
        if (height == Height && width == Width)
            return this;
        var resize = new Specifications.Images.ImageResize(Height, Width, height, width);
        var pixels = new float[(long)Count * Channels * height * width];
        int plane = Height * Width, target = height * width;
        for (int p = 0; p < Count * Channels; p++)
            resize.Plane(Pixels.AsSpan(p * plane, plane), pixels.AsSpan(p * target, target));
        return new ImageSet(pixels, Count, Channels, height, width);
    }

    /// <summary>The images as rows of doubles (N × C·H·W), the form models take.</summary>
    public Numerics.DenseMatrix ToMatrix()
    {
        var values = new double[Pixels.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertChecked<float, double>(Pixels, values);
        return new Numerics.DenseMatrix(values, Count, ImageSize);
    }
}
