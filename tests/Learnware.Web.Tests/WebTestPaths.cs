namespace Learnware.Web.Tests;

/// <summary>Where the browser tests write the screenshots the README shows.</summary>
internal static class WebTestPaths
{
    private static string Root => Learnware.TestSupport.RepositoryPaths.Root;

    /// <summary>The screenshots the README shows, written by the browser tests.</summary>
    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");
}
