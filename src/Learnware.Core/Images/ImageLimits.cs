namespace Learnware.Images;

/// <summary>Bounds on decoding untrusted images, checked from headers before any pixel buffer is allocated.</summary>
public sealed record ImageLimits
{
    /// <summary>Most images read.</summary>
    public int MaxImages { get; init; } = 200_000;

    /// <summary>Most pixels of one image (width × height).</summary>
    public long MaxPixelsPerImage { get; init; } = 4096L * 4096;

    /// <summary>Most decoded values over all images (images × channels × height × width).</summary>
    public long MaxTotalValues { get; init; } = 1L << 28;

    /// <summary>Throws <see cref="ImageFormatException"/> when N images of C×H×W break a limit.</summary>
    public void Check(string source, long count, long channels, long height, long width)
    {
        if (height < 1 || width < 1 || channels < 1)
            throw new ImageFormatException(source, $"images of {channels}x{height}x{width} are empty");
        if (height * width > MaxPixelsPerImage)
            throw new ImageFormatException(source, $"an image of {width}x{height} exceeds the limit of {MaxPixelsPerImage} pixels");
        if (count > MaxImages)
            throw new ImageFormatException(source, $"{count} images exceed the limit of {MaxImages} (take fewer with a limit)");
        if (count * channels * height * width > MaxTotalValues)
            throw new ImageFormatException(source, $"{count} images of {channels}x{height}x{width} exceed the decoding budget of {MaxTotalValues} values");
    }
}
