namespace Learnware.Market.Storage;

/// <summary>
/// What the store keeps of one submitted package: its bytes and the facts already read from it. The store does not
/// parse packages; whoever read the package fills this in. Every submission is stored pending: only the checks,
/// through <see cref="MarketStore.ClaimAsync"/> and <see cref="MarketStore.CompleteCheckAsync"/>, make it usable.
/// </summary>
public sealed record SubmittedVersion
{
    /// <summary>The package zip, exactly as submitted.</summary>
    public required byte[] PackageBytes { get; init; }

    /// <summary>The semantic specification's JSON.</summary>
    public required string SemanticJson { get; init; }

    /// <summary>The name from the semantic specification, kept apart for listing and search.</summary>
    public required string Name { get; init; }

    /// <summary>The statistical specification's JSON.</summary>
    public required string SpecJson { get; init; }

    /// <summary>The statistical specification's type, e.g. <c>RKMETableSpecification</c>.</summary>
    public required string SpecType { get; init; }

    /// <summary>The statistical specification's dimension; with the type it picks the search island.</summary>
    public required int SpecDimension { get; init; }

    internal void Validate()
    {
        if (PackageBytes is null || PackageBytes.Length == 0)
        {
            throw new ArgumentException("the package is empty", nameof(PackageBytes));
        }

        ArgumentNullException.ThrowIfNull(SemanticJson);
        ArgumentNullException.ThrowIfNull(Name);
        ArgumentNullException.ThrowIfNull(SpecJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(SpecType);
        ArgumentOutOfRangeException.ThrowIfNegative(SpecDimension);
    }
}
