using System.Text.Json;

namespace Learnware.Client;

/// <summary>
/// A learnware in full: the version shown (its status and semantic specification), every version, how often it was
/// downloaded, and the check log when the caller owns the learnware or administers the dock. Its owner and
/// administrators are shown the newest version in any status; everyone else the latest usable one.
/// </summary>
public sealed record LearnwareDetail(
    string Id, string Name, string Owner, string? OwnerEmail, string Status, int Version, JsonElement Semantic,
    IReadOnlyList<LearnwareVersion> Versions, int Downloads, IReadOnlyList<CheckEntry>? CheckLog)
{
    /// <summary>The status of version <paramref name="version"/>, or null when the dock does not list it.</summary>
    public string? StatusOf(int version) => Versions.FirstOrDefault(v => v.Version == version)?.Status;
}
