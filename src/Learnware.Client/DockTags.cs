namespace Learnware.Client;

/// <summary>The values each semantic tag may take on the dock.</summary>
public sealed record DockTags(
    IReadOnlyList<string> Data, IReadOnlyList<string> Task, IReadOnlyList<string> Library, IReadOnlyList<string> Scenario,
    IReadOnlyList<string> License);
