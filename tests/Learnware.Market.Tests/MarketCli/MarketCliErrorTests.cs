using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.MarketCli;

/// <summary><c>learnware market</c>: rejected packages exit 1 with the reasons; unknown ids and wrong input exit 2.</summary>
public class MarketCliErrorTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private const int D = ClusterSet.Dimension;

    private static ClusterLearnware First => ClusterSet.Shared.Learnwares[0];

    private string WidePackage(string name) => folder.Write($"{name}.zip", ClusterPackages.Widened(First, name));

    private string AddFirst(string root)
    {
        var run = CliRun.Of("market", "add", folder.Write("first.zip", First.Package), "--root", root);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Out[..12];
    }

    private static void FailsWithError(CliRun run, string message)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Equal($"error: {message}\n", run.Error);
    }

    [Fact]
    public void ARejectedAdd_ExitsOne_AndPrintsTheFailedChecks()
    {
        var root = folder.NewRoot();

        var run = CliRun.Of("market", "add", WidePackage("wide cluster"), "--root", root);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches("^[a-z2-7]{12} version 1: rejected$", lines[0]);
        Assert.Equal($"  dimensions: the statistical specification has dimension {D + 1}, the model takes {D} features", lines[1]);
        var listed = Assert.Single(CliRun.Of("market", "list", "--root", root, "--json").Json().EnumerateArray());
        Assert.Equal((lines[0][..12], "rejected"), (listed.GetProperty("id").GetString(), listed.GetProperty("status").GetString()));
    }

    [Fact]
    public void ARejectedAddWithJson_ExitsOne_WithStatusRejectedAndTheFailedCheck()
    {
        var run = CliRun.Of("market", "add", WidePackage("wide json cluster"), "--root", folder.NewRoot(), "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var json = run.Json();
        Assert.Equal(("rejected", 1), (json.GetProperty("status").GetString(), json.GetProperty("version").GetInt32()));
        var failed = Assert.Single(json.GetProperty("checks").EnumerateArray(), c => c.GetProperty("status").GetString() == "failed");
        Assert.Equal("dimensions", failed.GetProperty("name").GetString());
    }

    [Fact]
    public void AnUnreadablePackage_ExitsOne_AndIsNotStored()
    {
        var root = folder.NewRoot();

        var run = CliRun.Of("market", "add", folder.Write("not-a.zip", "plain text"), "--root", root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("rejected: the package could not be read\n  package: ", run.Out, StringComparison.Ordinal);
        Assert.Empty(CliRun.Of("market", "list", "--root", root, "--json").Json().EnumerateArray());
    }

    [Fact]
    public void AddingTheSamePackageTwice_ExitsTwo_NamingTheLearnwareThatHasIt()
    {
        var root = folder.NewRoot();
        var id = AddFirst(root);

        var run = CliRun.Of("market", "add", folder.Path("first.zip"), "--root", root);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: this package (SHA-256 ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($") is already in the market as learnware {id} version 1\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingAnUnknownId_ExitsTwo_WithAnErrorLine()
    {
        var root = folder.NewRoot();
        AddFirst(root);

        FailsWithError(CliRun.Of("market", "remove", "zzzzzzzzzzzz", "--root", root), "there is no learnware 'zzzzzzzzzzzz' in the market");
        Assert.Single(CliRun.Of("market", "list", "--root", root, "--json").Json().EnumerateArray());
    }

    [Fact]
    public void GettingAnUnknownIdOrVersion_ExitsTwo_AndWritesNoFile()
    {
        var root = folder.NewRoot();
        var id = AddFirst(root);
        var output = folder.Path("missing.zip");

        FailsWithError(CliRun.Of("market", "get", "zzzzzzzzzzzz", "--out", output, "--root", root), "there is no learnware 'zzzzzzzzzzzz' in the market");
        FailsWithError(CliRun.Of("market", "get", id, "--out", output, "--version", "2", "--root", root), $"there is no learnware '{id}' version 2 in the market");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void GettingIntoAFolder_ExitsTwo_AndLeavesNoTemporaryFile()
    {
        var root = folder.NewRoot();
        var id = AddFirst(root);
        var target = Directory.CreateDirectory(folder.Path("get-into")).FullName;

        FailsWithError(CliRun.Of("market", "get", id, "--out", target, "--root", root), $"--out: {target} is a folder; give the package's file name");
        Assert.Empty(Directory.GetFileSystemEntries(folder.Root, "get-into.tmp-*"));
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public void ARootThatIsAFile_ExitsTwo_WithAnErrorLine()
    {
        var file = folder.Write("not-a-folder", "x");

        var run = CliRun.Of("market", "list", "--root", file);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith($"error: --root: cannot use {file} as the market folder: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingAMissingFile_ExitsTwo()
    {
        var missing = folder.Path("no-such.zip");

        FailsWithError(CliRun.Of("market", "add", missing, "--root", folder.NewRoot()), $"{missing}: no such file");
    }

    [Fact]
    public void TwoRoots_AreTwoSeparateMarkets()
    {
        var (first, second) = (folder.NewRoot(), folder.NewRoot());
        var id = AddFirst(first);

        var inFirst = CliRun.Of("market", "list", "--root", first, "--json").Json().EnumerateArray().Select(l => l.GetProperty("id").GetString());
        var inSecond = CliRun.Of("market", "list", "--root", second, "--json").Json().EnumerateArray();
        var searchSecond = CliRun.Of("market", "search", "--root", second, "--text", First.Name, "--json").Json();

        Assert.Equal([id], inFirst);
        Assert.Empty(inSecond);
        Assert.Empty(searchSecond.GetProperty("single").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(first, "market.db")));
        Assert.True(File.Exists(Path.Combine(second, "market.db")));
        FailsWithError(CliRun.Of("market", "remove", id, "--root", second), $"there is no learnware '{id}' in the market");
        Assert.Equal(0, CliRun.Of("market", "add", folder.Path("first.zip"), "--root", second).ExitCode);
    }
}
