using Learnware.Market.Storage;

namespace Learnware.Market.Tests;

/// <summary>Markets in folders of a <see cref="TestFolder"/>, a new one per test.</summary>
internal static class MarketRoots
{
    /// <summary>A new market folder's path (not created yet).</summary>
    public static string NewRoot(this TestFolder folder) => folder.Path("market-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Opens the market in <paramref name="root"/>.</summary>
    public static Task<LearnwareMarket> OpenMarketAsync(string root) =>
        LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = root });

    /// <summary>Opens a market in a new folder.</summary>
    public static Task<LearnwareMarket> OpenNewMarketAsync(this TestFolder folder) => OpenMarketAsync(folder.NewRoot());
}
