using System.Buffers.Binary;
using System.IO.Compression;

namespace Learnware.Images;

/// <summary>
/// Reads IDX files (the MNIST layout): a magic of two zero bytes, the element type 0x08 (unsigned byte) and the
/// number of dimensions, then each dimension as a big-endian int32 and the values. Gzip-compressed files are
/// recognised by their signature.
/// </summary>
public static class IdxFile
{
    private const byte UnsignedByte = 0x08;

    /// <summary>Reads an image file of N×H×W bytes as N one-channel images; <paramref name="limit"/> takes the first N.</summary>
    public static ImageSet ReadImages(string path, int? limit = null, ImageLimits? limits = null)
    {
        limits ??= new ImageLimits();
        using var stream = Open(path);
        var dims = ReadHeader(stream, path, 3);
        long count = Math.Min(dims[0], limit ?? long.MaxValue);
        limits.Check(path, count, 1, dims[1], dims[2]);
        int size = dims[1] * dims[2];
        var bytes = new byte[count * size];
        ReadExactly(stream, bytes, path);
        var pixels = new float[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
            pixels[i] = bytes[i];
        return new ImageSet(pixels, (int)count, 1, dims[1], dims[2]);
    }

    /// <summary>Reads a label file of N bytes; <paramref name="limit"/> takes the first N.</summary>
    public static int[] ReadLabels(string path, int? limit = null, ImageLimits? limits = null)
    {
        limits ??= new ImageLimits();
        using var stream = Open(path);
        var dims = ReadHeader(stream, path, 1);
        long count = Math.Min(dims[0], limit ?? long.MaxValue);
        limits.Check(path, count, 1, 1, 1);
        var bytes = new byte[count];
        ReadExactly(stream, bytes, path);
        return bytes.Select(b => (int)b).ToArray();
    }

    /// <summary>True when the file starts like an IDX file (plain or gzip-compressed).</summary>
    public static bool Looks(string path)
    {
        try
        {
            using var stream = Open(path);
            Span<byte> magic = stackalloc byte[4];
            return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic[0] == 0 && magic[1] == 0 && magic[2] == UnsignedByte;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Stream Open(string path)
    {
        FileStream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImageFormatException(path, $"cannot read the file: {e.Message}", e);
        }
        Span<byte> signature = stackalloc byte[2];
        int read = file.Read(signature);
        file.Position = 0;
        return read == 2 && signature[0] == 0x1f && signature[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static int[] ReadHeader(Stream stream, string path, int expectedDims)
    {
        Span<byte> magic = stackalloc byte[4];
        ReadExactly(stream, magic, path);
        if (magic[0] != 0 || magic[1] != 0)
            throw new ImageFormatException(path, "not an IDX file (the magic number does not start with two zero bytes)");
        if (magic[2] != UnsignedByte)
            throw new ImageFormatException(path, $"IDX element type 0x{magic[2]:x2} is not supported (only unsigned bytes, 0x08)");
        if (magic[3] != expectedDims)
            throw new ImageFormatException(path, $"the IDX file has {magic[3]} dimensions, expected {expectedDims}");
        var dims = new int[expectedDims];
        Span<byte> word = stackalloc byte[4];
        for (int d = 0; d < expectedDims; d++)
        {
            ReadExactly(stream, word, path);
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(word);
            if (dims[d] < 1)
                throw new ImageFormatException(path, $"IDX dimension {d} is {dims[d]}");
        }
        return dims;
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string path)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new ImageFormatException(path, "the file ends before the values its header announces", e);
        }
        catch (InvalidDataException e)
        {
            throw new ImageFormatException(path, $"corrupt gzip data: {e.Message}", e);
        }
    }
}
