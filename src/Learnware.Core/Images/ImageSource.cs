namespace Learnware.Images;

/// <summary>Reads images from either form the tools accept: a folder of PNG/JPEG files or an IDX file (gzip or not).</summary>
public static class ImageSource
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="limit"/> takes the first N images.</summary>
    public static ImageSet Read(string path, int? limit = null, ImageLimits? limits = null)
    {
        if (limit is < 1)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "the limit must be at least 1");
        if (Directory.Exists(path))
            return ImageFolder.Read(path, limit, limits);
        if (!File.Exists(path))
            throw new ImageFormatException(path, "no such file or folder");
        return IdxFile.ReadImages(path, limit, limits);
    }

    /// <summary>True when <paramref name="path"/> is an image source rather than a table: a folder or an IDX file.</summary>
    public static bool IsImageSource(string path) => Directory.Exists(path) || (File.Exists(path) && IdxFile.Looks(path));
}
