namespace Learnware.Market.Storage;

/// <summary>One immutable version of a learnware; only its status moves: pending, checking, then usable or rejected.</summary>
internal sealed class LearnwareVersionRow
{
    public required string LearnwareId { get; set; }

    public int Version { get; set; }

    public LearnwareStatus Status { get; set; }

    public string? CheckLog { get; set; }

    // When a verifier claimed the version (status Checking); a claim this old was left by a crashed verifier.
    public DateTime? ClaimedAt { get; set; }

    public required string SemanticJson { get; set; }

    public required string Name { get; set; }

    public required string SpecJson { get; set; }

    public required string SpecType { get; set; }

    public int SpecDimension { get; set; }

    public required string PackageSha256 { get; set; }

    public long PackageSize { get; set; }

    public DateTime CreatedAt { get; set; }

    public LearnwareRow? Learnware { get; set; }
}
