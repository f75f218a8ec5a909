using System.IO.Compression;

namespace Learnware.Packaging;

/// <summary>
/// Reads learnware packages strictly: any entry that could escape the package, hide content or exhaust resources
/// is refused with a <see cref="PackageFormatException"/> that names the problem and the entry.
/// </summary>
public sealed class LearnwarePackageReader
{
    // Unix file type bits, kept by zip tools in the upper 16 bits of the external attributes.
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;

    /// <summary>Creates a reader with <paramref name="limits"/>, or <see cref="PackageLimits.Default"/>.</summary>
    public LearnwarePackageReader(PackageLimits? limits = null)
    {
        Limits = limits ?? PackageLimits.Default;
        Limits.Validate();
    }

    /// <summary>The limits this reader applies.</summary>
    public PackageLimits Limits { get; }

    /// <summary>Reads the package in the zip file at <paramref name="path"/>.</summary>
    public LearnwarePackage Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(file);
    }

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>, read until <see cref="PackageLimits.MaxArchiveBytes"/> and no
    /// further: a device or a pipe that never ends (<c>/dev/zero</c>) is refused at the cap, its declared size not trusted.
    /// </summary>
    /// <exception cref="PackageFormatException">The file is larger than the archive cap.</exception>
    public byte[] ReadArchiveBytes(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return BoundedRead.ReadAtMost(file, Math.Min(Limits.MaxArchiveBytes, Array.MaxLength - 1), 0) ?? throw TooLargeArchive();
    }

    /// <summary>Reads the package in <paramref name="stream"/> (from its current position; it is left open).</summary>
    public LearnwarePackage Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("the stream must be readable", nameof(stream));
        }

        if (!stream.CanSeek)
        {
            // ZipArchive would buffer an unseekable stream in full, without any limit.
            using var buffered = Buffer(stream);
            return Read(buffered);
        }

        if (stream.Length - stream.Position > Limits.MaxArchiveBytes)
        {
            throw TooLargeArchive();
        }

        ZipArchive? archive = null;
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);

            // The central directory is read on first access to the entries, so its faults surface here.
            entries = archive.Entries;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            archive?.Dispose();
            throw new PackageFormatException(PackageError.InvalidArchive, null, $"not a valid zip archive ({e.Message})", e);
        }

        using (archive)
        {
            return ReadEntries(entries);
        }
    }

    private LearnwarePackage ReadEntries(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        if (entries.Count > Limits.MaxEntries)
        {
            throw new PackageFormatException(
                PackageError.TooManyEntries, null, $"{entries.Count} entries, more than the limit of {Limits.MaxEntries}");
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var entry in entries)
        {
            var name = entry.FullName;
            var path = PackagePath.Normalize(name);
            if (((entry.ExternalAttributes >>> 16) & UnixFileTypeMask) == UnixSymbolicLink)
            {
                throw new PackageFormatException(PackageError.SymbolicLink, name, "symbolic links are not allowed");
            }

            if (PackagePath.IsDirectory(name))
            {
                continue;
            }

            if (ArchiveSignatures.ArchiveExtension(path) is { } extension)
            {
                throw new PackageFormatException(PackageError.NestedArchive, name, $"nested archive ({extension} file)");
            }

            if (!seen.Add(path))
            {
                throw new PackageFormatException(PackageError.DuplicateEntry, name, "duplicate entry (names are compared ignoring case)");
            }

            var bytes = ReadEntry(entry, path == LearnwareManifest.FileName, total);
            LearnwarePackage.CheckNotArchive(name, bytes);
            total += bytes.Length;
            files.Add(path, bytes);
        }

        if (!files.Remove(LearnwareManifest.FileName, out var manifestBytes))
        {
            throw new PackageFormatException(PackageError.ManifestMissing, LearnwareManifest.FileName, "no manifest at the package root");
        }

        return new LearnwarePackage(ParseManifest(manifestBytes), files);
    }

    private byte[] ReadEntry(ZipArchiveEntry entry, bool isManifest, long totalSoFar)
    {
        var name = entry.FullName;
        var entryCap = isManifest ? Math.Min(Limits.MaxEntryBytes, Limits.MaxManifestBytes) : Limits.MaxEntryBytes;
        var totalLeft = Limits.MaxTotalBytes - totalSoFar;
        var ratioCap = Math.Max(Limits.CompressionRatioThresholdBytes, RatioAllowance(entry.CompressedLength));

        // The declared length is only a hint: the data is counted as it is inflated, and reading stops at the cap.
        var cap = Math.Min(Math.Min(entryCap, totalLeft), ratioCap);
        byte[]? bytes;
        try
        {
            using var data = entry.Open();
            bytes = BoundedRead.ReadAtMost(data, cap, entry.Length);
        }
        catch (InvalidDataException e)
        {
            throw new PackageFormatException(PackageError.CorruptEntry, name, $"cannot be decompressed ({e.Message})", e);
        }

        if (bytes is not null)
        {
            CheckIntegrity(entry, bytes);
            return bytes;
        }

        if (cap == entryCap)
        {
            var what = isManifest ? "manifest" : "entry";
            throw new PackageFormatException(PackageError.EntryTooLarge, name, $"{what} is larger than the limit of {entryCap} bytes");
        }

        if (cap == totalLeft)
        {
            throw new PackageFormatException(PackageError.TotalTooLarge, name, $"package content is larger than the limit of {Limits.MaxTotalBytes} bytes");
        }

        throw new PackageFormatException(
            PackageError.CompressionRatioTooHigh,
            name,
            $"more than {cap} bytes from {entry.CompressedLength} compressed bytes, a compression ratio above {Limits.MaxCompressionRatio}");
    }

    private static void CheckIntegrity(ZipArchiveEntry entry, byte[] bytes)
    {
        if (bytes.Length != entry.Length)
        {
            throw new PackageFormatException(
                PackageError.CorruptEntry, entry.FullName, $"declares {entry.Length} bytes but holds {bytes.Length}");
        }

        if (Crc32.Compute(bytes) != entry.Crc32)
        {
            throw new PackageFormatException(PackageError.CorruptEntry, entry.FullName, "checksum mismatch (CRC-32)");
        }
    }

    private long RatioAllowance(long compressedLength)
    {
        var allowed = compressedLength * Limits.MaxCompressionRatio;
        return allowed >= long.MaxValue ? long.MaxValue : (long)allowed;
    }

    private LearnwareManifest ParseManifest(byte[] bytes)
    {
        if (!PackageText.TryDecode(bytes, out var yaml))
        {
            throw new PackageFormatException(PackageError.ManifestInvalid, LearnwareManifest.FileName, "not valid UTF-8");
        }

        try
        {
            return ManifestSerializer.Parse(yaml, Limits);
        }
        catch (ManifestException e)
        {
            throw new PackageFormatException(PackageError.ManifestInvalid, LearnwareManifest.FileName, e.Message, e);
        }
    }

    private MemoryStream Buffer(Stream stream)
    {
        var bytes = BoundedRead.ReadAtMost(stream, Math.Min(Limits.MaxArchiveBytes, Array.MaxLength - 1), 0)
            ?? throw TooLargeArchive();
        return new MemoryStream(bytes, writable: false);
    }

    private PackageFormatException TooLargeArchive() =>
        new(PackageError.ArchiveTooLarge, null, $"the zip file is larger than the limit of {Limits.MaxArchiveBytes} bytes");
}
