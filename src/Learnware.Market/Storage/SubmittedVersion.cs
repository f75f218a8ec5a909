using Learnware.Checking;

namespace Learnware.Market.Storage;

/// <summary>
/// What the store keeps of one submitted package: its bytes and the facts already read from it. The store does not
/// parse packages; whoever read and checked the package fills this in.
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

    /// <summary>The checks' outcome, or null when they have not run yet (the version is then pending).</summary>
    public CheckReport? CheckReport { get; init; }

    /// <summary>The status the version gets: pending without a report, usable when every check passed, else rejected.</summary>
    public LearnwareStatus Status => StatusOf(CheckReport);

    internal static LearnwareStatus StatusOf(CheckReport? report) =>
        report is null ? LearnwareStatus.Pending : report.Passed ? LearnwareStatus.Usable : LearnwareStatus.Rejected;

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
