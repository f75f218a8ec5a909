namespace Learnware.Cli.Remote;

/// <summary>
/// What the remote commands read from outside the command line: the folder holding <c>config.json</c> (the dock and
/// token that <c>learnware login</c> saved) and the environment variables that override it. Injectable, so tests
/// never touch the real home folder.
/// </summary>
internal sealed record CliEnvironment(string ConfigFolder, Func<string, string?> Variable)
{
    /// <summary>The variable naming the dock's URL; it overrides the saved one.</summary>
    public const string ServerVariable = "LEARNWARE_SERVER";

    /// <summary>The variable holding the API token; it overrides the saved one.</summary>
    public const string TokenVariable = "LEARNWARE_TOKEN";

    /// <summary>The process's own: <c>~/.learnware-dock</c> and its environment.</summary>
    public static CliEnvironment FromProcess()
    {
        // Not verified: an unverified missing home would come back as "" and put the login in the working folder.
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        return new CliEnvironment(home.Length > 0 ? Path.Combine(home, ".learnware-dock") : "", Environment.GetEnvironmentVariable);
    }

    /// <summary>The saved configuration's file.</summary>
    /// <exception cref="UsageException">There is no home folder to keep it in.</exception>
    public string ConfigFile => ConfigFolder.Length > 0
        ? Path.Combine(ConfigFolder, "config.json")
        : throw new UsageException($"there is no home folder to keep the login in: set HOME, or set {ServerVariable} and {TokenVariable} instead");
}
