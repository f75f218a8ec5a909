namespace Learnware.Packaging;

/// <summary>Why a learnware package was refused.</summary>
public enum PackageError
{
    /// <summary>The data is not a readable zip archive.</summary>
    InvalidArchive,

    /// <summary>The zip file itself is larger than <see cref="PackageLimits.MaxArchiveBytes"/>.</summary>
    ArchiveTooLarge,

    /// <summary>The archive has more entries than <see cref="PackageLimits.MaxEntries"/>.</summary>
    TooManyEntries,

    /// <summary>An entry name is empty, has a control character or a colon, or has an empty or dot-only segment where a name is needed.</summary>
    InvalidEntryName,

    /// <summary>An entry name is absolute: it starts with a slash or backslash, or with a drive letter such as <c>C:</c>.</summary>
    AbsolutePath,

    /// <summary>An entry name uses a backslash as a separator.</summary>
    BackslashPath,

    /// <summary>An entry name has a <c>..</c> segment (zip slip).</summary>
    PathTraversal,

    /// <summary>An entry is a symbolic link.</summary>
    SymbolicLink,

    /// <summary>An entry is itself an archive, by extension or by content.</summary>
    NestedArchive,

    /// <summary>Two entries have the same name, ignoring case.</summary>
    DuplicateEntry,

    /// <summary>An entry decompresses to more than <see cref="PackageLimits.MaxEntryBytes"/> (or, for the manifest, <see cref="PackageLimits.MaxManifestBytes"/>).</summary>
    EntryTooLarge,

    /// <summary>All entries together decompress to more than <see cref="PackageLimits.MaxTotalBytes"/>.</summary>
    TotalTooLarge,

    /// <summary>A large entry decompresses to more than <see cref="PackageLimits.MaxCompressionRatio"/> times its compressed size.</summary>
    CompressionRatioTooHigh,

    /// <summary>An entry's data cannot be decompressed or fails its checksum.</summary>
    CorruptEntry,

    /// <summary>There is no <c>learnware.yaml</c> at the package root.</summary>
    ManifestMissing,

    /// <summary><c>learnware.yaml</c> is not a valid manifest; the inner <see cref="ManifestException"/> names the field.</summary>
    ManifestInvalid,

    /// <summary>The manifest names a file that is not in the package.</summary>
    MissingFile,

    /// <summary>A file the manifest names as text (specifications, readme) is not valid UTF-8.</summary>
    InvalidText,
}
