using System.Text.Json;
using Learnware.Market.Tests.Packages;
using Learnware.Specifications;

namespace Learnware.Market.Tests.MarketCli;

/// <summary>
/// <c>spec table</c> → <c>pack</c> → <c>market add</c> → <c>list</c> → <c>search</c> → <c>get</c> → <c>check</c> →
/// <c>remove</c>, in process, as a market user runs them.
/// </summary>
public class MarketCliFlowTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    /// <summary>Runs <c>spec table</c> and <c>pack</c> for a cluster's learnware; returns the package path.</summary>
    private string SpecAndPack(int cluster)
    {
        var learnware = ClusterSet.Shared.Learnwares[cluster];
        return folder.SpecAndPack($"cluster{cluster}", learnware.Onnx, ClusterPackages.SemanticText(learnware.Name, ClusterSet.Dimension), learnware.Rows).Zip;
    }

    [Fact]
    public void AddListSearchGetCheckRemove_GoRoundTheMarket()
    {
        var root = folder.Path("market");
        var zip0 = SpecAndPack(0);
        var zip1 = SpecAndPack(1);

        var added = CliRun.Succeeds("market", "add", zip0, "--root", root, "--owner", "alice", "--json").Json();
        Assert.Equal(["id", "version", "status", "checks"], Keys(added));
        var id = added.GetProperty("id").GetString()!;
        Assert.Equal(12, id.Length);
        Assert.Equal((1, "usable"), (added.GetProperty("version").GetInt32(), added.GetProperty("status").GetString()));
        var checks = added.GetProperty("checks").EnumerateArray().ToArray();
        Assert.Equal(["package", "semantic", "statistical", "model loads", "dimensions", "runs", "outputs"], checks.Select(c => c.GetProperty("name").GetString()));
        Assert.All(checks, c => Assert.Equal("passed", c.GetProperty("status").GetString()));

        var second = CliRun.Succeeds("market", "add", zip1, "--root", root, "--owner", "bob").Out;
        var otherId = second[..12];
        Assert.Equal($"{otherId} version 1: usable\n", second);

        var listed = CliRun.Succeeds("market", "list", "--root", root, "--json").Json().EnumerateArray().ToArray();
        Assert.Equal([id, otherId], listed.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["id", "version", "status", "name", "owner", "dimension", "sha256", "updated"], Keys(listed[0]));
        Assert.Equal(("usable", "gaussian cluster 0", "alice", ClusterSet.Dimension),
            (listed[0].GetProperty("status").GetString(), listed[0].GetProperty("name").GetString(),
             listed[0].GetProperty("owner").GetString(), listed[0].GetProperty("dimension").GetInt32()));

        var user = folder.Path("user.json");
        var userRows = ClusterPackages.Draw(ClusterSet.Shared.Learnwares[0].Centre, 120, new Random(77));
        CliRun.Succeeds("spec", "table", "--data", folder.WriteCsv("user.csv", TestPackages.Matrix(userRows)), "--out", user, "--k", "20");
        var bySpec = CliRun.Succeeds("market", "search", "--root", root, "--spec", user, "--json").Json();
        Assert.Equal(["single", "mixture"], Keys(bySpec));
        var best = bySpec.GetProperty("single")[0];
        Assert.Equal(["id", "name", "score", "mmd2"], Keys(best));
        Assert.Equal((id, "gaussian cluster 0"), (best.GetProperty("id").GetString(), best.GetProperty("name").GetString()));
        Assert.Equal(1.0, best.GetProperty("score").GetDouble());
        Assert.InRange(best.GetProperty("mmd2").GetDouble(), 0, 0.05);
        var mixture = bySpec.GetProperty("mixture");
        Assert.Contains(mixture.ValueKind, new[] { JsonValueKind.Null, JsonValueKind.Object });
        if (mixture.ValueKind == JsonValueKind.Object)
            Assert.Equal(["ids", "weights", "score", "mmd2"], Keys(mixture));

        var byText = CliRun.Succeeds("market", "search", "--root", root, "--text", "gaussian cluster 0", "--json").Json();
        Assert.Equal(["single", "mixture"], Keys(byText));
        var named = Assert.Single(byText.GetProperty("single").EnumerateArray());
        Assert.Equal(id, named.GetProperty("id").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (named.GetProperty("score").ValueKind, named.GetProperty("mmd2").ValueKind));
        Assert.Equal(JsonValueKind.Null, byText.GetProperty("mixture").ValueKind);

        var copy = folder.Path("copy.zip");
        var got = CliRun.Succeeds("market", "get", id, "--out", copy, "--root", root);
        Assert.Equal($"wrote {copy} ({id} version 1, usable)\n", got.Out);
        Assert.Equal(File.ReadAllBytes(zip0), File.ReadAllBytes(copy));
        CliRun.Succeeds("market", "get", id, "--out", folder.Path("v1.zip"), "--version", "1", "--root", root);
        Assert.Equal(File.ReadAllBytes(zip0), File.ReadAllBytes(folder.Path("v1.zip")));
        Assert.EndsWith("all checks passed\n", CliRun.Succeeds("check", copy).Out, StringComparison.Ordinal);

        Assert.Equal($"removed {id}\n", CliRun.Succeeds("market", "remove", id, "--root", root).Out);
        Assert.Equal([otherId], CliRun.Succeeds("market", "list", "--root", root, "--json").Json().EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        CliRun.Succeeds("market", "remove", otherId, "--root", root);
        Assert.Equal(JsonValueKind.Array, CliRun.Succeeds("market", "list", "--root", root, "--json").Json().ValueKind);
        Assert.Empty(CliRun.Succeeds("market", "list", "--root", root, "--json").Json().EnumerateArray());
        Assert.Equal("the market is empty\n", CliRun.Succeeds("market", "list", "--root", root).Out);
    }

    [Theory]
    [InlineData("greedy")]
    [InlineData("auto")]
    public void Search_ForAUserFromTwoClusters_PrintsTheMixtureOfBoth(string method)
    {
        var root = folder.Path($"mixture-{method}");
        var ids = new List<string>();
        foreach (var learnware in ClusterSet.Shared.Learnwares.Take(4))
            ids.Add(CliRun.Succeeds("market", "add", folder.Write($"{method}-{learnware.Name}.zip", learnware.Package), "--root", root).Out[..12]);
        var user = folder.Path($"{method}-user.json");
        RkmeJson.Save(ClusterSet.Shared.User(seed: 21, (2, 140), (0, 60)), user);

        var json = CliRun.Succeeds("market", "search", "--root", root, "--spec", user, "--method", method, "--json").Json();
        var text = CliRun.Succeeds("market", "search", "--root", root, "--spec", user, "--method", method).Out;

        Assert.Equal(ids[2], json.GetProperty("single")[0].GetProperty("id").GetString());
        var mixture = json.GetProperty("mixture");
        Assert.Equal(["ids", "weights", "score", "mmd2"], Keys(mixture));
        Assert.Equal([ids[2], ids[0]], mixture.GetProperty("ids").EnumerateArray().Select(i => i.GetString()));
        var weights = mixture.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToArray();
        Assert.Equal(0.7, weights[0], 0.15);
        Assert.Equal(0.3, weights[1], 0.15);
        Assert.InRange(mixture.GetProperty("score").GetDouble(), 0, 1);
        Assert.True(mixture.GetProperty("mmd2").GetDouble() < json.GetProperty("single")[0].GetProperty("mmd2").GetDouble());
        var lines = text.Split('\n');
        Assert.Equal(" #  id             score        mmd2  name", lines[0]);
        Assert.Matches($@"^ 1  {ids[2]}   [01]\.\d{{3}} +\S+  gaussian cluster 2$", lines[1]);
        Assert.Matches($@"\nmixture \(score [01]\.\d{{3}}, mmd2 [^)]+\): {ids[2]} x 0\.\d{{3}} \+ {ids[0]} x 0\.\d{{3}}\n$", text);
    }
}
