using Learnware.Market.Index;
using Learnware.Market.Storage;
using Learnware.Market.Tests.Packages;

namespace Learnware.Market.Tests.Facade;

/// <summary>
/// The five <see cref="ClusterSet"/> learnwares in two markets: one opened with the default settings (an exact search
/// at this size) and one whose island of five is above its exact threshold, so it searches a sketch-index shortlist.
/// </summary>
public sealed class ShortlistedMarketFixture : IAsyncLifetime
{
    public static readonly IndexedRankingOptions Shortlisting = new() { ExactThreshold = 3, MinimumRerank = 1 };

    private readonly TestFolder _folder = new();

    public LearnwareMarket Exact { get; private set; } = null!;

    public LearnwareMarket Shortlisted { get; private set; } = null!;

    /// <summary>The id of each cluster's learnware in <see cref="Exact"/>.</summary>
    public IReadOnlyList<string> ExactIds { get; private set; } = [];

    /// <summary>The id of each cluster's learnware in <see cref="Shortlisted"/>.</summary>
    public IReadOnlyList<string> ShortlistedIds { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Exact = await _folder.OpenNewMarketAsync();
        Shortlisted = await LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = _folder.NewRoot() }, ranking: Shortlisting);
        ExactIds = await ClusterMarketFixture.AddClustersAsync(Exact);
        ShortlistedIds = await ClusterMarketFixture.AddClustersAsync(Shortlisted);
    }

    public Task DisposeAsync()
    {
        Exact.Dispose();
        Shortlisted.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
