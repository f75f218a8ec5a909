namespace Learnware.Packaging;

/// <summary>Recognises archives and compressed files, which a package must not nest.</summary>
internal static class ArchiveSignatures
{
    private static readonly string[] _extensions =
    [
        ".zip", ".jar", ".war", ".whl", ".tar", ".gz", ".tgz", ".bz2", ".tbz2", ".xz", ".txz", ".7z", ".rar", ".zst", ".lzma",
    ];

    private static readonly (string Name, byte[] Magic)[] _prefixes =
    [
        ("zip", "PK\x03\x04"u8.ToArray()),
        ("zip", "PK\x05\x06"u8.ToArray()),
        ("zip", "PK\x07\x08"u8.ToArray()),
        ("gzip", [0x1F, 0x8B]),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("rar", [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07]),
        ("zstd", [0x28, 0xB5, 0x2F, 0xFD]),
    ];

    /// <summary>The archive extension of <paramref name="path"/>, or null.</summary>
    public static string? ArchiveExtension(string path) =>
        _extensions.FirstOrDefault(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The archive format whose signature <paramref name="content"/> starts with, or null.</summary>
    public static string? ArchiveFormat(ReadOnlySpan<byte> content)
    {
        foreach (var (name, magic) in _prefixes)
        {
            if (content.StartsWith(magic))
            {
                return name;
            }
        }

        if (IsBzip2(content))
        {
            return "bzip2";
        }

        // POSIX tar puts its magic at offset 257, not at the start.
        if (content.Length >= 262 && content.Slice(257, 5).SequenceEqual("ustar"u8))
        {
            return "tar";
        }

        return null;
    }

    // "BZh" alone could open a text file, so require the block size digit and a block or end-of-stream magic too.
    private static bool IsBzip2(ReadOnlySpan<byte> content) =>
        content.Length >= 10
        && content.StartsWith("BZh"u8)
        && content[3] is >= (byte)'1' and <= (byte)'9'
        && (content[4..10].SequenceEqual((ReadOnlySpan<byte>)[0x31, 0x41, 0x59, 0x26, 0x53, 0x59])
            || content[4..10].SequenceEqual((ReadOnlySpan<byte>)[0x17, 0x72, 0x45, 0x38, 0x50, 0x90]));
}
