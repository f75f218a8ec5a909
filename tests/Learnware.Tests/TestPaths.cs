namespace Learnware.Tests;

/// <summary>Locations of repository files the tests read.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ReferenceRkme => Path.Combine(RepositoryRoot, "tests", "fixtures", "reference-rkme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LearnwareDock.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (LearnwareDock.slnx) above " + AppContext.BaseDirectory);
    }
}
