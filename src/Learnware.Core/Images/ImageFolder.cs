using SkiaSharp;

namespace Learnware.Images;

/// <summary>
/// Reads a folder of PNG and JPEG files (sorted by name) with SkiaSharp. Every image is checked against the limits
/// from its header before it is decoded; images of another size than the first are resized to it, and the set is
/// grey (one channel) when every file is grey, RGB otherwise.
/// </summary>
public static class ImageFolder
{
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];

    /// <summary>Reads the images of <paramref name="folder"/>; <paramref name="limit"/> takes the first N files.</summary>
    public static ImageSet Read(string folder, int? limit = null, ImageLimits? limits = null)
    {
        limits ??= new ImageLimits();
        if (!Directory.Exists(folder))
            throw new ImageFormatException(folder, "no such folder");
        var files = Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .Take(limit ?? int.MaxValue)
            .ToArray();
        if (files.Length == 0)
            throw new ImageFormatException(folder, "holds no .png, .jpg or .jpeg file");
        var headers = files.Select(f => Header(f, limits)).ToArray();
        int channels = headers.All(h => h.Grey) ? 1 : 3;
        int height = headers[0].Height, width = headers[0].Width;
        limits.Check(folder, files.Length, channels, height, width);
        int size = channels * height * width;
        var pixels = new float[(long)files.Length * size];
        for (int i = 0; i < files.Length; i++)
            Decode(files[i], headers[i], channels, height, width, pixels.AsSpan(i * size, size));
        return new ImageSet(pixels, files.Length, channels, height, width);
    }

    private static (int Width, int Height, bool Grey) Header(string file, ImageLimits limits)
    {
        using var codec = OpenCodec(file);
        var info = codec.Info;
        limits.Check(file, 1, 1, info.Height, info.Width);
        return (info.Width, info.Height, info.ColorType == SKColorType.Gray8);
    }

    private static SKCodec OpenCodec(string file)
    {
        SKCodec? codec;
        try
        {
            codec = SKCodec.Create(file, out var result);
            if (codec is null)
                throw new ImageFormatException(file, $"not a readable PNG or JPEG image ({result})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImageFormatException(file, $"cannot read the file: {e.Message}", e);
        }
        return codec;
    }

    private static void Decode(string file, (int Width, int Height, bool Grey) header, int channels, int height, int width, Span<float> target)
    {
        using var codec = OpenCodec(file);
        var info = new SKImageInfo(header.Width, header.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            throw new ImageFormatException(file, $"cannot decode the image ({result})");
        var bytes = bitmap.GetPixelSpan();
        int plane = header.Width * header.Height;
        var planes = new float[channels * plane];
        for (int p = 0; p < plane; p++)
            for (int c = 0; c < channels; c++)
                planes[c * plane + p] = bytes[p * 4 + c];
        if (header.Width == width && header.Height == height)
        {
            planes.CopyTo(target);
            return;
        }
        var resize = new Specifications.Images.ImageResize(header.Height, header.Width, height, width);
        for (int c = 0; c < channels; c++)
            resize.Plane(planes.AsSpan(c * plane, plane), target.Slice(c * height * width, height * width));
    }
}
