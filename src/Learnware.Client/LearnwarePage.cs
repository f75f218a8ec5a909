namespace Learnware.Client;

/// <summary>A page of a listing and how many learnwares the listing has in all.</summary>
public sealed record LearnwarePage(IReadOnlyList<LearnwareSummary> Items, int Total);
