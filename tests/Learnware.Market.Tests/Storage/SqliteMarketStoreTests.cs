namespace Learnware.Market.Tests.Storage;

/// <summary>The store contract on SQLite (<c>Root/market.db</c>).</summary>
public sealed class SqliteMarketStoreTests : MarketStoreContract
{
    protected override Task<string?> PrepareDatabaseAsync() => Task.FromResult<string?>(null);
}
