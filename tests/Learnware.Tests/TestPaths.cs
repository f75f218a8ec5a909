namespace Learnware.Tests;

/// <summary>Locations of repository files the tests read.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => RepositoryPaths.Root;

    public static string ReferenceRkme => RepositoryPaths.ReferenceRkme;
}
