namespace Learnware.Packaging;

/// <summary>Reads a stream into memory while counting, and stops as soon as it passes a cap.</summary>
internal static class BoundedRead
{
    private const int ChunkBytes = 81920;

    /// <summary>
    /// Reads all of <paramref name="source"/>, or returns null as soon as more than <paramref name="maxBytes"/> bytes have come.
    /// <paramref name="sizeHint"/> (a declared length, which may lie) only sizes the first buffer.
    /// </summary>
    public static byte[]? ReadAtMost(Stream source, long maxBytes, long sizeHint)
    {
        var buffer = new byte[(int)Math.Clamp(sizeHint, 0, maxBytes)];
        var count = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (count == buffer.Length)
            {
                // Probe one byte before growing, so an entry that matches its declared length is never copied.
                if (source.Read(probe) == 0)
                {
                    return buffer;
                }

                if (count + 1L > maxBytes)
                {
                    return null;
                }

                var grown = Math.Min(Math.Max(buffer.Length * 2L, count + (long)ChunkBytes), maxBytes);
                Array.Resize(ref buffer, (int)grown);
                buffer[count++] = probe[0];
                continue;
            }

            var read = source.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                Array.Resize(ref buffer, count);
                return buffer;
            }

            count += read;
        }
    }
}
