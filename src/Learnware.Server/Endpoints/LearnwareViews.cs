using System.Text.Json;
using Learnware.Market.Storage;

namespace Learnware.Server.Endpoints;

/// <summary>What the API answers about learnwares.</summary>
public static class LearnwareViews
{
    /// <summary>An accepted upload: the version waits in the verification queue.</summary>
    public sealed record AcceptedUpload(string Id, int Version, string Status);

    /// <summary>One learnware in a listing: <see cref="Owner"/> is the owner's account id, shown with its e-mail.</summary>
    public sealed record Summary(
        string Id, string Name, string Owner, string? OwnerEmail, int Version, string Status, int Dimension, DateTimeOffset UpdatedAt);

    /// <summary>A page of a listing and how many there are in all.</summary>
    public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

    /// <summary>One version of a learnware.</summary>
    public sealed record VersionView(int Version, string Status, string Sha256, long Size, DateTimeOffset CreatedAt);

    /// <summary>
    /// A learnware in full: its semantic specification, versions and download count, and the check log when the caller
    /// may see it (its owner or an admin).
    /// </summary>
    public sealed record Detail(
        string Id, string Name, string Owner, string? OwnerEmail, string Status, int Version, JsonElement Semantic,
        IReadOnlyList<VersionView> Versions, int Downloads, JsonElement? CheckLog);

    public static string StatusName(LearnwareStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The status a name stands for (as <see cref="StatusName"/> writes it), or null.</summary>
    public static LearnwareStatus? ParseStatus(string name) =>
        Enum.GetValues<LearnwareStatus>().Cast<LearnwareStatus?>().FirstOrDefault(s => StatusName(s!.Value) == name);

    public static AcceptedUpload ToAccepted(StoredLearnware stored) => new(stored.Id, stored.Version, StatusName(stored.Status));

    public static Summary ToSummary(StoredLearnware l, IReadOnlyDictionary<string, string> emails) =>
        new(l.Id, l.Name, l.Owner, emails.GetValueOrDefault(l.Owner), l.Version, StatusName(l.Status), l.SpecDimension, l.UpdatedAt);

    public static Detail ToDetail(StoredLearnware shown, IReadOnlyList<StoredLearnware> versions, string? ownerEmail, int downloads,
        bool withCheckLog) => new(
        shown.Id, shown.Name, shown.Owner, ownerEmail, StatusName(shown.Status), shown.Version,
        JsonDocument.Parse(shown.SemanticJson).RootElement.Clone(),
        versions.Select(v => new VersionView(v.Version, StatusName(v.Status), v.PackageSha256, v.PackageSize, v.VersionCreatedAt)).ToArray(),
        downloads,
        withCheckLog && shown.CheckLog is { } log ? JsonDocument.Parse(log).RootElement.Clone() : null);
}
