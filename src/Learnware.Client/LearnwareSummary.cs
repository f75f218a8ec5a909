namespace Learnware.Client;

/// <summary>One learnware in a listing: its latest version the caller may see.</summary>
public sealed record LearnwareSummary(string Id, string Name, string Owner, int Version, string Status, int Dimension, DateTimeOffset UpdatedAt);
