namespace Learnware.Client;

/// <summary>One version of a learnware.</summary>
public sealed record LearnwareVersion(int Version, string Status, string Sha256, long Size, DateTimeOffset CreatedAt);
