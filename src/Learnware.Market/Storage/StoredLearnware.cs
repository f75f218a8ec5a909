namespace Learnware.Market.Storage;

/// <summary>A learnware as the market holds it, at one of its versions.</summary>
public sealed record StoredLearnware
{
    /// <summary>The learnware's id.</summary>
    public required string Id { get; init; }

    /// <summary>Who submitted it.</summary>
    public required string Owner { get; init; }

    /// <summary>When its first version was added.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (a version added).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>This version's number, from 1.</summary>
    public required int Version { get; init; }

    /// <summary>This version's standing with the checks.</summary>
    public required LearnwareStatus Status { get; init; }

    /// <summary>The checks' results as JSON (<see cref="CheckLogJson"/>), or null while pending.</summary>
    public string? CheckLog { get; init; }

    /// <summary>The semantic specification's JSON.</summary>
    public required string SemanticJson { get; init; }

    /// <summary>The name from the semantic specification.</summary>
    public required string Name { get; init; }

    /// <summary>The statistical specification's JSON.</summary>
    public required string SpecJson { get; init; }

    /// <summary>The statistical specification's type.</summary>
    public required string SpecType { get; init; }

    /// <summary>The statistical specification's dimension.</summary>
    public required int SpecDimension { get; init; }

    /// <summary>The package's content address (SHA-256 hex).</summary>
    public required string PackageSha256 { get; init; }

    /// <summary>The package's size in bytes.</summary>
    public required long PackageSize { get; init; }

    /// <summary>When this version was added.</summary>
    public required DateTimeOffset VersionCreatedAt { get; init; }

    internal static StoredLearnware From(LearnwareRow learnware, LearnwareVersionRow version) => new()
    {
        Id = learnware.Id,
        Owner = learnware.Owner,
        CreatedAt = StoredLearnwareColumns.Utc(learnware.CreatedAt),
        UpdatedAt = StoredLearnwareColumns.Utc(learnware.UpdatedAt),
        Version = version.Version,
        Status = version.Status,
        CheckLog = version.CheckLog,
        SemanticJson = version.SemanticJson,
        Name = version.Name,
        SpecJson = version.SpecJson,
        SpecType = version.SpecType,
        SpecDimension = version.SpecDimension,
        PackageSha256 = version.PackageSha256,
        PackageSize = version.PackageSize,
        VersionCreatedAt = StoredLearnwareColumns.Utc(version.CreatedAt),
    };
}
