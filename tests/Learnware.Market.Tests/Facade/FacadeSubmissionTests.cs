using System.Text;
using Learnware.Checking;
using Learnware.Market.Search;
using Learnware.Market.Storage;
using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.Facade;

/// <summary><see cref="LearnwareMarket.AddAsync"/> with real packages: checked, then stored usable or rejected.</summary>
public class FacadeSubmissionTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private static ClusterLearnware First => ClusterSet.Shared.Learnwares[0];

    private static CheckResult Check(StoredLearnware stored, string name) =>
        Assert.Single(CheckLogJson.Parse(stored.CheckLog!).Results, r => r.Name == name);

    [Fact]
    public async Task AValidPackage_IsAddedAsUsable_WithATwelveCharacterId()
    {
        using var market = await folder.OpenNewMarketAsync();

        var result = await market.AddAsync(First.Package, "alice");

        Assert.True(result.Report.Passed, string.Join("\n", result.Report.Failures));
        var stored = Assert.IsType<StoredLearnware>(result.Stored);
        Assert.True(result.Usable);
        Assert.Equal(LearnwareStatus.Usable, stored.Status);
        Assert.Equal(12, stored.Id.Length);
        Assert.True(LearnwareIds.IsValid(stored.Id), stored.Id);
        Assert.Equal((1, "alice", "gaussian cluster 0"), (stored.Version, stored.Owner, stored.Name));
        Assert.Equal(("RKMETableSpecification", ClusterSet.Dimension), (stored.SpecType, stored.SpecDimension));
        Assert.Equal(First.Package.LongLength, stored.PackageSize);
        Assert.Equal(["package", "semantic", "statistical", "model loads", "dimensions", "runs", "outputs"],
            CheckLogJson.Parse(stored.CheckLog!).Results.Select(r => r.Name));
        var listed = Assert.Single(await market.ListAsync());
        Assert.Equal((stored.Id, LearnwareStatus.Usable), (listed.Id, listed.Status));
    }

    [Fact]
    public async Task APackageWithAnInvalidSemanticSpecification_IsStoredAsRejected_WithTheSemanticCheckFailedInItsLog()
    {
        using var market = await folder.OpenNewMarketAsync();
        var package = ClusterPackages.Unlicensed(First, "unlicensed cluster");

        var result = await market.AddAsync(package, "alice");

        var stored = Assert.IsType<StoredLearnware>(result.Stored);
        Assert.False(result.Usable);
        Assert.Equal(LearnwareStatus.Rejected, stored.Status);
        Assert.Equal("unlicensed cluster", stored.Name);
        var failed = Check(stored, "semantic");
        Assert.Equal(CheckStatus.Failed, failed.Status);
        Assert.Contains("$.License.Values", failed.Detail, StringComparison.Ordinal);
        Assert.Contains("WTFPL", failed.Detail, StringComparison.Ordinal);
        Assert.Equal(result.Report.Results, CheckLogJson.Parse(stored.CheckLog!).Results);
        Assert.Equal(LearnwareStatus.Rejected, Assert.Single(await market.ListAsync()).Status);
        Assert.Empty((await market.SearchAsync(new SearchQuery { Text = "unlicensed" })).Single);
        Assert.Equal(package, (await market.GetPackageAsync(stored.Id))!.Value.Package);
    }

    [Fact]
    public async Task APackageWhoseSpecificationHasAnotherDimensionThanTheModel_IsStoredAsRejected_WithTheDimensionsCheckFailed()
    {
        using var market = await folder.OpenNewMarketAsync();
        var package = ClusterPackages.Widened(First, "wide cluster");

        var result = await market.AddAsync(package, "alice");

        var stored = Assert.IsType<StoredLearnware>(result.Stored);
        Assert.Equal(LearnwareStatus.Rejected, stored.Status);
        Assert.Equal(ClusterSet.Dimension + 1, stored.SpecDimension);
        var failed = Check(stored, "dimensions");
        Assert.Equal(CheckStatus.Failed, failed.Status);
        Assert.Equal($"the statistical specification has dimension {ClusterSet.Dimension + 1}, the model takes {ClusterSet.Dimension} features", failed.Detail);
        Assert.Equal(CheckStatus.Skipped, Check(stored, "runs").Status);
    }

    [Fact]
    public async Task APackageWhoseSpecificationHoldsANumberBeyondDoubleRange_IsStoredAsRejected_WithTheStatisticalCheckFailed()
    {
        using var market = await folder.OpenNewMarketAsync();
        var stat = Encoding.UTF8.GetString(TestPackages.StatJson(First.Rows));
        var overflowing = Encoding.UTF8.GetBytes("{\"gamma\": 1e400, " + stat.TrimStart()[1..].Replace("\"gamma\"", "\"unused_gamma\"", StringComparison.Ordinal));
        var package = TestPackages.Zip(TestPackages.Pack(First.Onnx, ClusterPackages.SemanticText("overflowing cluster", ClusterSet.Dimension), overflowing));

        var result = await market.AddAsync(package, "alice");

        var stored = Assert.IsType<StoredLearnware>(result.Stored);
        Assert.Equal(LearnwareStatus.Rejected, stored.Status);
        var failed = Check(stored, "statistical");
        Assert.Equal(CheckStatus.Failed, failed.Status);
        Assert.Equal("stat.json: \"gamma\" must be a positive number, got 1e400", failed.Detail);
    }

    [Fact]
    public async Task AnUnreadableZip_IsNotStored_AndTheReportHasOnePackageFailure()
    {
        using var market = await folder.OpenNewMarketAsync();

        var result = await market.AddAsync(Encoding.UTF8.GetBytes("this is not a zip archive"), "alice");

        Assert.Null(result.Stored);
        Assert.False(result.Usable);
        var failure = Assert.Single(result.Report.Results);
        Assert.Equal(("package", CheckStatus.Failed), (failure.Name, failure.Status));
        Assert.False(string.IsNullOrWhiteSpace(failure.Detail));
        Assert.Empty(await market.ListAsync());
    }

    [Fact]
    public async Task TheSameBytesAddedTwice_AreRefused_WithTheExistingId()
    {
        using var market = await folder.OpenNewMarketAsync();
        var first = (await market.AddAsync(First.Package, "alice")).Stored!;

        var refused = await Assert.ThrowsAsync<DuplicatePackageException>(() => market.AddAsync(First.Package, "bob"));

        Assert.Equal((first.Id, 1, first.PackageSha256), (refused.ExistingLearnwareId, refused.ExistingVersion, refused.PackageSha256));
        Assert.Contains(first.Id, refused.Message, StringComparison.Ordinal);
        Assert.Equal(first.Id, Assert.Single(await market.ListAsync()).Id);
    }

    [Fact]
    public async Task GetPackage_ReturnsTheBytesThatWereAdded()
    {
        using var market = await folder.OpenNewMarketAsync();
        var second = ClusterSet.Shared.Learnwares[1];
        var id = (await market.AddAsync(second.Package, "alice")).Stored!.Id;

        var found = await market.GetPackageAsync(id);

        Assert.NotNull(found);
        Assert.Equal((id, 1), (found.Value.Version.Id, found.Value.Version.Version));
        Assert.Equal(second.Package, found.Value.Package);
        Assert.Null(await market.GetPackageAsync(id, version: 2));
        Assert.Null(await market.GetPackageAsync("aaaaaaaaaaaa"));
    }
}
