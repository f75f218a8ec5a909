using Learnware.Models;

namespace Learnware.Packaging;

/// <summary>
/// Every limit on what an untrusted package or input may make the dock do, in one place: the zip's sizes, the sizes
/// read from its manifest and specifications (checked before anything is allocated for them), and the time and
/// memory one model run may take. docs/security.md explains each value.
/// </summary>
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

    /// <summary>Most features (input values per row): a semantic Input.Dimension, a manifest input shape, a specification's d.</summary>
    public int MaxFeatures { get; init; } = 100_000;

    /// <summary>Most output values per row: a manifest output shape or a regression's Output.Dimension.</summary>
    public int MaxOutputValues { get; init; } = 100_000;

    /// <summary>Most classes of a classifier: its semantic Output.Dimension and the class numbers in its manifest.</summary>
    public int MaxClasses { get; init; } = 10_000;

    /// <summary>Most reduced-set points K of a statistical specification (the reference uses 100).</summary>
    public int MaxSpecPoints { get; init; } = 5_000;

    /// <summary>Most values K·d of a statistical specification: comparing two costs K²·d, so this bounds search time too.</summary>
    public int MaxSpecValues { get; init; } = 1_000_000;

    /// <summary>Most characters of one text in a semantic specification (a feature's or an output's description).</summary>
    public int MaxTextLength { get; init; } = 10_000;

    /// <summary>The wall-clock limit and memory budget of one model run.</summary>
    public ModelRunLimits ModelRun { get; init; } = new();

    internal void Validate()
    {
        Positive(MaxFeatures, nameof(MaxFeatures));
        Positive(MaxOutputValues, nameof(MaxOutputValues));
        Positive(MaxClasses, nameof(MaxClasses));
        Positive(MaxSpecPoints, nameof(MaxSpecPoints));
        Positive(MaxSpecValues, nameof(MaxSpecValues));
        Positive(MaxTextLength, nameof(MaxTextLength));
        ArgumentNullException.ThrowIfNull(ModelRun, nameof(ModelRun));
        ModelRun.Validate();
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
