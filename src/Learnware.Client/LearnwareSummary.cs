namespace Learnware.Client;

/// <summary>One learnware in a listing: its latest version the caller may see; <see cref="Owner"/> is the owner's account id.</summary>
public sealed record LearnwareSummary(
    string Id, string Name, string Owner, string? OwnerEmail, int Version, string Status, int Dimension, DateTimeOffset UpdatedAt);
