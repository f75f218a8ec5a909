namespace Learnware.Market.Storage;

/// <summary>The database engines a market can use.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file, by default <c>Root/market.db</c>.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}
