namespace Learnware.Market.Tests.Storage;

/// <summary>The store contract on PostgreSQL: a database of its own for the class, emptied before each test.</summary>
[PostgresTests]
public sealed class PostgresMarketStoreTests(PostgresDatabaseFixture database) : MarketStoreContract, IClassFixture<PostgresDatabaseFixture>
{
    protected override async Task<string?> PrepareDatabaseAsync()
    {
        await database.ResetAsync();
        return database.ConnectionString;
    }
}
