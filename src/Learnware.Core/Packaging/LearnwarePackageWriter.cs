using System.IO.Compression;
using System.Text;

namespace Learnware.Packaging;

/// <summary>
/// Writes learnware packages: the manifest first, then the files in ordinal name order, with fixed timestamps,
/// so the same package always gives the same bytes. Refuses to write what a reader with the same limits would refuse.
/// </summary>
public sealed class LearnwarePackageWriter
{
    // Regular file, rw-r--r--, so the attributes do not depend on the writing machine.
    private const int RegularFileAttributes = unchecked((int)0x81A4_0000);

    // Zip timestamps start in 1980; a fixed one keeps the output independent of when it was written.
    private static readonly DateTimeOffset _timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Adds an entry to <paramref name="archive"/> as every written package has them: fixed timestamp and attributes, so
    /// the same content always gives the same bytes.
    /// </summary>
    internal static void AddEntry(ZipArchive archive, string name, byte[] bytes, CompressionLevel compression)
    {
        var entry = archive.CreateEntry(name, compression);
        entry.LastWriteTime = _timestamp;
        entry.ExternalAttributes = RegularFileAttributes;
        using var data = entry.Open();
        data.Write(bytes);
    }

    /// <summary>Creates a writer with <paramref name="limits"/>, or <see cref="PackageLimits.Default"/>.</summary>
    public LearnwarePackageWriter(PackageLimits? limits = null)
    {
        Limits = limits ?? PackageLimits.Default;
        Limits.Validate();
    }

    /// <summary>The limits the written package must meet.</summary>
    public PackageLimits Limits { get; }

    /// <summary>
    /// Writes <paramref name="package"/> to <paramref name="path"/> atomically: into a temporary file in the same folder,
    /// then moved over the target, so readers never see a partial package.
    /// </summary>
    public void Write(LearnwarePackage package, string path)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentException.ThrowIfNullOrEmpty(path);
        Learnware.IO.AtomicFile.Write(path, file => Write(package, file));
    }

    /// <summary>Writes <paramref name="package"/> as a zip to <paramref name="destination"/>, which is left open.</summary>
    public void Write(LearnwarePackage package, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(destination);
        var manifest = Encoding.UTF8.GetBytes(ManifestSerializer.Serialize(package.Manifest));
        var entries = new List<(string Name, byte[] Bytes)> { (LearnwareManifest.FileName, manifest) };
        entries.AddRange(package.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)));
        CheckLimits(entries);

        using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        foreach (var (name, bytes) in entries)
            AddEntry(archive, name, bytes, ChooseCompression(bytes));
    }

    private void CheckLimits(List<(string Name, byte[] Bytes)> entries)
    {
        if (entries.Count > Limits.MaxEntries)
        {
            throw new PackageFormatException(
                PackageError.TooManyEntries, null, $"{entries.Count} entries, more than the limit of {Limits.MaxEntries}");
        }

        long total = 0;
        foreach (var (name, bytes) in entries)
        {
            var cap = name == LearnwareManifest.FileName ? Math.Min(Limits.MaxEntryBytes, Limits.MaxManifestBytes) : Limits.MaxEntryBytes;
            if (bytes.Length > cap)
            {
                throw new PackageFormatException(PackageError.EntryTooLarge, name, $"{bytes.Length} bytes, more than the limit of {cap}");
            }

            total += bytes.Length;
            if (total > Limits.MaxTotalBytes)
            {
                throw new PackageFormatException(PackageError.TotalTooLarge, name, $"package content is larger than the limit of {Limits.MaxTotalBytes} bytes");
            }
        }
    }

    // Data that deflates beyond the ratio limit (a model full of zeros, say) is stored instead, so readers accept it.
    internal CompressionLevel ChooseCompression(byte[] bytes)
    {
        if (bytes.Length <= Limits.CompressionRatioThresholdBytes)
        {
            return CompressionLevel.Optimal;
        }

        var counter = new CountingStream();
        using (var deflate = new DeflateStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        // A margin, in case the archive's own deflate output differs from this trial by a few bytes.
        var ratio = bytes.Length / (double)Math.Max(counter.Count, 1);
        return ratio > Limits.MaxCompressionRatio * 0.9 ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
    }
}
