namespace Learnware.Market.Storage;

/// <summary>The submitted package's bytes are already in the market, as <see cref="ExistingLearnwareId"/>.</summary>
public sealed class DuplicatePackageException : MarketStoreException
{
    /// <summary>Creates the exception for the package <paramref name="packageSha256"/> held by a learnware version.</summary>
    public DuplicatePackageException(string packageSha256, string existingLearnwareId, int existingVersion)
        : base($"this package (SHA-256 {packageSha256}) is already in the market as learnware {existingLearnwareId} version {existingVersion}")
    {
        PackageSha256 = packageSha256;
        ExistingLearnwareId = existingLearnwareId;
        ExistingVersion = existingVersion;
    }

    /// <summary>The package's content address.</summary>
    public string PackageSha256 { get; }

    /// <summary>The learnware that holds the same bytes.</summary>
    public string ExistingLearnwareId { get; }

    /// <summary>Its version that holds them.</summary>
    public int ExistingVersion { get; }
}
