using Learnware.Cli;
using Learnware.Cli.Remote;

namespace Learnware.Tests.Cli;

/// <summary>Which dock a remote command talks to and with which token: the saved login, the environment, and their limits.</summary>
public sealed class DockConnectionTests : IDisposable
{
    private readonly TestFolder _folder = new();

    private CliEnvironment Environment(params (string Name, string Value)[] variables) =>
        new(_folder.Path("config"), name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void TheSavedLogin_IsUsed_AndItsFileIsReadableByItsUserOnly()
    {
        var environment = Environment();
        new DockConfig("http://dock.example:5080", "secret").Save(environment.ConfigFile);

        var connection = DockConnection.Resolve(environment);

        Assert.Equal(new Uri("http://dock.example:5080/"), connection.Server);
        Assert.Equal("secret", connection.Token);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(environment.ConfigFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(environment.ConfigFolder));
        }
        Assert.Equal(["config.json"], Directory.GetFiles(environment.ConfigFolder).Select(Path.GetFileName));
    }

    [Fact]
    public void TheEnvironment_OverridesTheSavedServerAndToken()
    {
        var environment = Environment(("LEARNWARE_SERVER", "https://other.example/dock"), ("LEARNWARE_TOKEN", "from-env"));
        new DockConfig("http://dock.example:5080/", "saved").Save(environment.ConfigFile);

        var connection = DockConnection.Resolve(environment);

        Assert.Equal(new Uri("https://other.example/dock/"), connection.Server);
        Assert.Equal("from-env", connection.Token);
    }

    [Fact]
    public void TheSavedToken_GoesToTheSavedDockOnly()
    {
        var saved = Environment(("LEARNWARE_SERVER", "http://dock.example:5080"));
        new DockConfig("http://dock.example:5080/", "saved").Save(saved.ConfigFile);
        Assert.Equal("saved", DockConnection.Resolve(saved).Token);

        var elsewhere = Environment(("LEARNWARE_SERVER", "http://elsewhere.example/"));

        var connection = DockConnection.Resolve(elsewhere);

        Assert.Equal(new Uri("http://elsewhere.example/"), connection.Server);
        Assert.Null(connection.Token);
    }

    [Fact]
    public void NoDock_SaysHowToNameOne()
    {
        var error = Assert.Throws<UsageException>(() => DockConnection.Resolve(Environment()));

        Assert.Contains("learnware login --server URL --token TOKEN", error.Message);
        Assert.Contains("LEARNWARE_SERVER", error.Message);
    }

    [Fact]
    public void ABrokenConfigFile_SaysWhichFileAndWhatToDo()
    {
        var environment = Environment();
        Directory.CreateDirectory(environment.ConfigFolder);
        File.WriteAllText(environment.ConfigFile, "{ not json");

        var error = Assert.Throws<UsageException>(() => DockConnection.Resolve(environment));

        Assert.Contains(environment.ConfigFile, error.Message);
        Assert.Contains("learnware login", error.Message);
    }

    [Theory]
    [InlineData("ftp://dock.example/")]
    [InlineData("dock.example:5080")]
    [InlineData("/relative/path")]
    public void AServerThatIsNotAnHttpUrl_IsRefused(string server)
    {
        var error = Assert.Throws<UsageException>(() => DockConnection.ParseServer(server));

        Assert.Contains("not a dock URL", error.Message);
    }

    [Fact]
    public void WithoutAHomeFolder_TheEnvironmentStillNamesTheDock()
    {
        var homeless = new CliEnvironment("", name => name == "LEARNWARE_SERVER" ? "http://dock.example/" : name == "LEARNWARE_TOKEN" ? "t" : null);
        Assert.Equal(new Uri("http://dock.example/"), DockConnection.Resolve(homeless).Server);

        var error = Assert.Throws<UsageException>(() => DockConnection.Resolve(new CliEnvironment("", _ => null)));
        Assert.Contains("no home folder", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
