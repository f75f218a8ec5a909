using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Learnware.Server.Tests;

/// <summary>Packages the dock must refuse at the door (422), each with a phrase of the reason it must give.</summary>
internal static class BadPackages
{
    /// <summary>What the entry claiming two gigabytes claims, in bytes.</summary>
    public const long TwoGigabytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Why the package is bad, its bytes, and a phrase the refusal's detail must contain.</summary>
    public static TheoryData<string, byte[], string> Unreadable => new()
    {
        { "not a zip", Encoding.UTF8.GetBytes("just some text, not an archive"), "not a valid zip archive" },
        { "zip slip", Zip(("../../escape.txt", "x"u8.ToArray())), "zip slip" },
        { "absolute path", Zip(("/etc/learnware.yaml", "x"u8.ToArray())), "absolute path" },
        { "no manifest", Zip(("model.onnx", new byte[16])), "no manifest at the package root" },
        // 64 MiB of zeros deflate to about 64 KiB: far past the reader's ratio of 100 for entries over 1 MiB.
        { "zip bomb", Zip(("model.onnx", new byte[64 * 1024 * 1024])), "compression ratio above 100" },
        { "an entry claiming 2 GB", Declaring(Zip(("model.onnx", new byte[4096])), TwoGigabytes), $"declares {TwoGigabytes} bytes" },
    };

    /// <summary>A zip of the entries, deflated.</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The one-entry zip with the entry's uncompressed size rewritten to <paramref name="declared"/> in its local header
    /// and its central directory record, the data left as it is: a size claim the reader must not believe.
    /// </summary>
    private static byte[] Declaring(byte[] zip, long declared)
    {
        var patched = (byte[])zip.Clone();
        // Uncompressed size: offset 22 of a local file header (PK\3\4), offset 24 of a central directory record (PK\1\2).
        Patch(patched, 0x04034b50, 22, (uint)declared);
        Patch(patched, 0x02014b50, 24, (uint)declared);
        return patched;
    }

    private static void Patch(byte[] zip, uint signature, int offset, uint value)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) != signature)
                continue;
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + offset), value);
            return;
        }

        throw new InvalidOperationException($"no record with signature {signature:x8} in the zip");
    }
}
