namespace Learnware.Packaging;

/// <summary>Resource limits applied when reading (and writing) a learnware package.</summary>
public sealed record PackageLimits
{
    private const long MiB = 1024 * 1024;

    /// <summary>The default limits.</summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>Most entries (files and directories) an archive may have.</summary>
    public int MaxEntries { get; init; } = 64;

    /// <summary>Most bytes one entry may decompress to.</summary>
    public long MaxEntryBytes { get; init; } = 512 * MiB;

    /// <summary>Most bytes all entries together may decompress to.</summary>
    public long MaxTotalBytes { get; init; } = 1024 * MiB;

    /// <summary>Largest allowed uncompressed-to-compressed ratio for entries above <see cref="CompressionRatioThresholdBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries up to this many uncompressed bytes are exempt from the ratio check.</summary>
    public long CompressionRatioThresholdBytes { get; init; } = 1 * MiB;

    /// <summary>Most bytes <c>learnware.yaml</c> may have.</summary>
    public long MaxManifestBytes { get; init; } = 1 * MiB;

    /// <summary>Most bytes the zip file itself may have.</summary>
    public long MaxArchiveBytes { get; init; } = 1024 * MiB;

    internal void Validate()
    {
        // Entries are held in byte arrays, and one spare byte is read to detect an entry over its cap.
        long maxArray = Array.MaxLength - 1;
        Positive(MaxEntries, nameof(MaxEntries));
        InRange(MaxEntryBytes, maxArray, nameof(MaxEntryBytes));
        InRange(MaxManifestBytes, maxArray, nameof(MaxManifestBytes));
        InRange(MaxTotalBytes, long.MaxValue, nameof(MaxTotalBytes));
        InRange(MaxArchiveBytes, long.MaxValue, nameof(MaxArchiveBytes));
        if (CompressionRatioThresholdBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CompressionRatioThresholdBytes), CompressionRatioThresholdBytes, "must not be negative");
        }

        if (!(MaxCompressionRatio >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCompressionRatio), MaxCompressionRatio, "must be at least 1");
        }
    }

    private static void Positive(long value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "must be positive");
        }
    }

    private static void InRange(long value, long max, string name)
    {
        Positive(value, name);
        if (value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"must be at most {max}");
        }
    }
}
