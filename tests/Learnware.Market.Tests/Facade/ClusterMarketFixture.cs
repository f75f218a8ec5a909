using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.Facade;

/// <summary>A market holding the five <see cref="ClusterSet"/> learnwares, opened once for a test class.</summary>
public sealed class ClusterMarketFixture : IAsyncLifetime
{
    private readonly TestFolder _folder = new();

    public LearnwareMarket Market { get; private set; } = null!;

    /// <summary>The market id of each cluster's learnware.</summary>
    public IReadOnlyList<string> Ids { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Market = await _folder.OpenNewMarketAsync();
        Ids = await AddClustersAsync(Market);
    }

    /// <summary>Adds the five cluster learnwares, asserting each is usable; returns their ids in cluster order.</summary>
    public static async Task<IReadOnlyList<string>> AddClustersAsync(LearnwareMarket market)
    {
        var ids = new List<string>();
        foreach (var learnware in ClusterSet.Shared.Learnwares)
        {
            var result = await market.AddAsync(learnware.Package, "alice");
            Assert.True(result.Usable, string.Join("\n", result.Report.Failures));
            ids.Add(result.Stored!.Id);
        }
        return ids;
    }

    public Task DisposeAsync()
    {
        Market.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
