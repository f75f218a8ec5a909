using System.Text.Json;
using Learnware.Market.Storage;

namespace Learnware.Server.Endpoints;

/// <summary>What the API answers about learnwares.</summary>
public static class LearnwareViews
{
    /// <summary>An accepted upload: the version waits in the verification queue.</summary>
    public sealed record AcceptedUpload(string Id, int Version, string Status);

    /// <summary>One learnware in a listing.</summary>
    public sealed record Summary(string Id, string Name, string Owner, int Version, string Status, int Dimension, DateTimeOffset UpdatedAt);

    /// <summary>A page of a listing and how many there are in all.</summary>
    public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

    /// <summary>One version of a learnware.</summary>
    public sealed record VersionView(int Version, string Status, string Sha256, long Size, DateTimeOffset CreatedAt);

    /// <summary>A learnware in full: its semantic specification and versions, the check log when the caller may see it.</summary>
    public sealed record Detail(
        string Id, string Name, string Owner, string Status, int Version, JsonElement Semantic, IReadOnlyList<VersionView> Versions,
        JsonElement? CheckLog);

    public static string StatusName(LearnwareStatus status) => status.ToString().ToLowerInvariant();

    public static AcceptedUpload ToAccepted(StoredLearnware stored) => new(stored.Id, stored.Version, StatusName(stored.Status));

    public static Summary ToSummary(StoredLearnware l) =>
        new(l.Id, l.Name, l.Owner, l.Version, StatusName(l.Status), l.SpecDimension, l.UpdatedAt);

    public static Detail ToDetail(StoredLearnware shown, IReadOnlyList<StoredLearnware> versions, bool withCheckLog) => new(
        shown.Id, shown.Name, shown.Owner, StatusName(shown.Status), shown.Version,
        JsonDocument.Parse(shown.SemanticJson).RootElement.Clone(),
        versions.Select(v => new VersionView(v.Version, StatusName(v.Status), v.PackageSha256, v.PackageSize, v.VersionCreatedAt)).ToArray(),
        withCheckLog && shown.CheckLog is { } log ? JsonDocument.Parse(log).RootElement.Clone() : null);
}
