namespace Learnware.Images;

/// <summary>N images of C×H×W as floats (channel-major per image), pixel values as stored (0–255 for 8-bit files).</summary>
public sealed record ImageSet(float[] Pixels, int Count, int Channels, int Height, int Width)
{
    /// <summary>Values per image.</summary>
    public int ImageSize => Channels * Height * Width;

    /// <summary>The per-sample shape [C, H, W].</summary>
    public int[] SampleShape => [Channels, Height, Width];

    /// <summary>The images as rows of doubles (N × C·H·W), the form models take.</summary>
    public Numerics.DenseMatrix ToMatrix()
    {
        var values = new double[Pixels.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertChecked<float, double>(Pixels, values);
        return new Numerics.DenseMatrix(values, Count, ImageSize);
    }
}
