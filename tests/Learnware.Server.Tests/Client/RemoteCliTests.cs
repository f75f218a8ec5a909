namespace Learnware.Server.Tests.Client;

/// <summary>
/// The remote <c>learnware</c> commands as a user runs them: separate processes against a dock on 127.0.0.1, with the
/// login saved in a home folder of the test's own.
/// </summary>
public sealed class RemoteCliTests : IClassFixture<KestrelDock>, IAsyncLifetime
{
    private readonly KestrelDock _dock;
    private readonly TestFolder _folder = new();

    public RemoteCliTests(KestrelDock dock)
    {
        _dock = dock;
        Directory.CreateDirectory(Home);
    }

    private string Home => _folder.Path("home");

    /// <summary>A read and write API token of a new account.</summary>
    private string _token = null!;

    public async Task InitializeAsync()
    {
        var email = $"cli-{Guid.NewGuid():N}@example.org";
        await _dock.Factory.CreateUserAsync(email);
        _token = await _dock.Factory.IssueTokenAsync(email, ["read", "write"]);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private Task<CliRun> LearnwareAsync(params string[] args) => LearnwareProcess.RunAsync(Home, null, args);

    [Fact]
    public async Task Login_Upload_Search_Download_List_Delete_ThroughRealProcesses()
    {
        var package = DockPackages.Classifier("Remote CLI classifier", centre: -30, seed: 41);
        var packagePath = _folder.Path("lw.zip");
        await File.WriteAllBytesAsync(packagePath, package);
        var specPath = _folder.Path("user.json");
        await File.WriteAllBytesAsync(specPath, ClientTestData.UserSpec(-30, seed: 42));

        var login = await LearnwareAsync("login", "--server", _dock.Url.AbsoluteUri, "--token", _token);
        Assert.True(login.ExitCode == 0, login.ToString());
        var config = Path.Combine(Home, ".learnware-dock", "config.json");
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(config));
        Assert.Contains(_dock.Url.AbsoluteUri, await File.ReadAllTextAsync(config));

        var upload = await LearnwareAsync("upload", packagePath, "--wait", "--json");
        Assert.True(upload.ExitCode == 0, upload.ToString());
        var uploaded = upload.Json();
        var id = uploaded.GetProperty("id").GetString()!;
        Assert.Equal(1, uploaded.GetProperty("version").GetInt32());
        Assert.Equal("usable", uploaded.GetProperty("status").GetString());
        Assert.Empty(uploaded.GetProperty("failures").EnumerateArray());

        var status = await LearnwareAsync("status", id, "--json");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Equal("Remote CLI classifier", status.Json().GetProperty("name").GetString());

        var search = await LearnwareAsync("search", "--spec", specPath, "--top", "3", "--json");
        Assert.True(search.ExitCode == 0, search.ToString());
        var found = search.Json();
        Assert.Equal(id, found.GetProperty("single")[0].GetProperty("id").GetString());
        Assert.True(found.GetProperty("single")[0].GetProperty("mmd2").GetDouble() >= 0);
        // The shape of `learnware market search --json`: single results and the mixture, nothing else.
        Assert.Equal(["single", "mixture"], found.EnumerateObject().Select(p => p.Name));

        var downloads = _folder.Path("downloads");
        var download = await LearnwareAsync("download", id, "--out", downloads);
        Assert.True(download.ExitCode == 0, download.ToString());
        Assert.Equal(package, await File.ReadAllBytesAsync(Path.Combine(downloads, $"{id}.zip")));
        Assert.Equal([$"{id}.zip"], Directory.GetFiles(downloads).Select(Path.GetFileName));

        var list = await LearnwareAsync("list", "--mine", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(list.Json().GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetString() == id);

        var delete = await LearnwareAsync("delete", id);
        Assert.True(delete.ExitCode == 0, delete.ToString());
        var gone = await LearnwareAsync("status", id);
        Assert.Equal(2, gone.ExitCode);
        Assert.Contains("404", gone.Error);

        var logout = await LearnwareAsync("logout");
        Assert.True(logout.ExitCode == 0, logout.ToString());
        Assert.False(File.Exists(config));
    }

    [Fact]
    public async Task ARejectedUpload_WithWait_ExitsOne_AndPrintsTheReasons()
    {
        var path = _folder.Path("unlicensed.zip");
        await File.WriteAllBytesAsync(path, DockPackages.Classifier("Remote unlicensed", seed: 43, license: "WTFPL"));
        var variables = new Dictionary<string, string> { ["LEARNWARE_SERVER"] = _dock.Url.AbsoluteUri, ["LEARNWARE_TOKEN"] = _token };

        var upload = await LearnwareProcess.RunAsync(Home, variables, "upload", path, "--wait");

        Assert.True(upload.ExitCode == 1, upload.ToString());
        Assert.Contains("rejected", upload.Out);
        Assert.Contains("WTFPL", upload.Out);
    }

    [Fact]
    public async Task UploadWithSemantic_StoresThatSpecification_AndABadOneIsRefusedNamingTheField()
    {
        var path = _folder.Path("renamed.zip");
        await File.WriteAllBytesAsync(path, DockPackages.Classifier("Remote package name", seed: 45));
        var semantic = Learnware.Specifications.Semantic.SemanticJson.Serialize(DockPackages.Semantic("Remote typed name", "described on the command line",
            "Classification", "MIT", new Learnware.Specifications.Semantic.FeatureDescriptions(2, new Dictionary<int, string>())));
        var semanticPath = _folder.Path("semantic.json");
        await File.WriteAllTextAsync(semanticPath, semantic);
        var badPath = _folder.Path("bad-semantic.json");
        await File.WriteAllTextAsync(badPath, semantic.Replace("Remote typed name", "Re", StringComparison.Ordinal));
        var variables = new Dictionary<string, string> { ["LEARNWARE_SERVER"] = _dock.Url.AbsoluteUri, ["LEARNWARE_TOKEN"] = _token };

        var refused = CliRun.Of(Home, variables, "upload", path, "--semantic", badPath);
        var upload = CliRun.Of(Home, variables, "upload", path, "--semantic", semanticPath, "--json");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("$.Name.Values: must be 5 to 50 characters long, got 2", refused.Error, StringComparison.Ordinal);
        // Refused on this side, naming the file, before the package is sent.
        Assert.Contains($"{badPath}: not a valid semantic specification", refused.Error, StringComparison.Ordinal);
        Assert.True(upload.ExitCode == 0, upload.ToString());
        var id = upload.Json().GetProperty("id").GetString()!;
        await using var stored = await _dock.Factory.Dock.Store.OpenPackageAsync(id, 1);
        Assert.Equal(semantic, new Learnware.Packaging.LearnwarePackageReader().Read(stored).SemanticSpecificationJson);
    }

    [Fact]
    public async Task LoginWithATokenTheDockRefuses_Is401_SaysWhatToDo_AndSavesNothing()
    {
        var login = await LearnwareAsync("login", "--server", _dock.Url.AbsoluteUri, "--token", "not-a-token");

        Assert.True(login.ExitCode == 2, login.ToString());
        Assert.Contains("does not accept the token (401", login.Error);
        Assert.Contains("nothing was saved", login.Error);
        Assert.False(Directory.Exists(Path.Combine(Home, ".learnware-dock")));
    }

    [Fact]
    public async Task UploadingWithAReadOnlyToken_Is403_NamingTheWriteScope()
    {
        var email = $"cli-read-{Guid.NewGuid():N}@example.org";
        await _dock.Factory.CreateUserAsync(email);
        var readOnly = await _dock.Factory.IssueTokenAsync(email, ["read"]);
        var path = _folder.Path("read-only.zip");
        await File.WriteAllBytesAsync(path, DockPackages.Classifier("Remote read-only upload", seed: 44));

        var run = CliRun.Of(Home, new Dictionary<string, string> { ["LEARNWARE_SERVER"] = _dock.Url.AbsoluteUri, ["LEARNWARE_TOKEN"] = readOnly },
            "upload", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("403", run.Error);
        Assert.Contains("'write' scope", run.Error);
    }

    [Fact]
    public void WithoutALogin_ARemoteCommandSaysHowToLogIn()
    {
        var run = InProcess(new Dictionary<string, string>(), "list");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("learnware login --server URL --token TOKEN", run.Error);
        Assert.Contains("LEARNWARE_SERVER", run.Error);
    }

    [Fact]
    public void AnUnreachableDock_IsNamedInTheError_AndLoginSavesNothing()
    {
        // A port that was free a moment ago: nothing listens on it.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = $"http://127.0.0.1:{port}/";

        var login = InProcess(new Dictionary<string, string>(), "login", "--server", server, "--token", "t");
        Assert.Equal(2, login.ExitCode);
        Assert.Contains($"cannot reach the dock at {server}", login.Error);
        Assert.False(File.Exists(Path.Combine(Home, "config.json")));

        var list = InProcess(new Dictionary<string, string> { ["LEARNWARE_SERVER"] = server }, "list");
        Assert.Equal(2, list.ExitCode);
        Assert.Contains($"cannot reach the dock at {server}", list.Error);
    }

    [Fact]
    public void ANonHttpServer_IsAUsageError()
    {
        var run = InProcess(new Dictionary<string, string>(), "login", "--server", "ftp://example.org", "--token", "t");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a dock URL", run.Error);
    }

    [Fact]
    public void TheEnvironmentOverridesTheSavedDock()
    {
        File.WriteAllText(Path.Combine(Home, "config.json"), """{"server": "http://127.0.0.1:1/", "token": "saved-token"}""");

        var run = InProcess(new Dictionary<string, string> { ["LEARNWARE_SERVER"] = _dock.Url.AbsoluteUri }, "list", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Json().GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public void AnUnknownLearnware_IsA404Error_NamingIt()
    {
        var run = InProcess(new Dictionary<string, string> { ["LEARNWARE_SERVER"] = _dock.Url.AbsoluteUri }, "status", "no-such-learnware");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("404", run.Error);
        Assert.Contains("no-such-learnware", run.Error);
    }

    [Fact]
    public void ADownloadIdThatIsAPath_IsRefusedBeforeAnythingIsWritten()
    {
        var downloads = _folder.Path("refused");
        var run = InProcess(new Dictionary<string, string> { ["LEARNWARE_SERVER"] = _dock.Url.AbsoluteUri }, "download", "../escape", "--out", downloads);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'../escape' is not a learnware id", run.Error);
        Assert.False(Directory.Exists(downloads));
    }

    /// <summary>The command in this process, its configuration folder and environment given (never the real ones).</summary>
    private CliRun InProcess(IReadOnlyDictionary<string, string> variables, params string[] args) => CliRun.Of(Home, variables, args);

}
