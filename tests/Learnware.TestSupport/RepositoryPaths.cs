namespace Learnware.TestSupport;

/// <summary>Locations of repository files the tests read, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding <c>LearnwareDock.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The reference package's RKME fixtures: CSV files and the specifications made of them.</summary>
    public static string ReferenceRkme => Path.Combine(Root, "tests", "fixtures", "reference-rkme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LearnwareDock.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (LearnwareDock.slnx) above " + AppContext.BaseDirectory);
    }
}
