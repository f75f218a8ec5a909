namespace Learnware.Web.Tests;

/// <summary>Where the repository, the dock server's build and the screenshots are, found from the test's own folder.</summary>
internal static class WebTestPaths
{
    private static string Root => Learnware.TestSupport.RepositoryPaths.Root;

    /// <summary>The screenshots the README shows, written by the browser tests.</summary>
    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");

    /// <summary>The dock server's entry assembly as the build left it, in the configuration these tests were built in.</summary>
    public static string ServerAssembly
    {
        get
        {
            var path = Path.Combine(Root, "src", "Learnware.Server", "bin", Configuration, "net10.0", "learnware-dock.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"the dock server is not built at {path}: build tests/Learnware.Web.Tests (it references the server)", path);
        }
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
