using System.Text.Json;

namespace Learnware.Client;

/// <summary>
/// A learnware in full: the version shown (its status and semantic specification), every version, and the check log
/// when the caller owns the learnware or administers the dock.
/// </summary>
public sealed record LearnwareDetail(
    string Id, string Name, string Owner, string Status, int Version, JsonElement Semantic, IReadOnlyList<LearnwareVersion> Versions,
    IReadOnlyList<CheckEntry>? CheckLog)
{
    /// <summary>The status of version <paramref name="version"/>, or null when the dock does not list it.</summary>
    public string? StatusOf(int version) => Versions.FirstOrDefault(v => v.Version == version)?.Status;
}
