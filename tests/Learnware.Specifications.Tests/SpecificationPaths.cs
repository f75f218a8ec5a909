namespace Learnware.Specifications.Tests;

/// <summary>Locations of repository files the tests read.</summary>
internal static class SpecificationPaths
{
    public static string ReferenceRkme { get; } = Path.Combine(FindRoot(), "tests", "fixtures", "reference-rkme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LearnwareDock.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (LearnwareDock.slnx) above " + AppContext.BaseDirectory);
    }
}
