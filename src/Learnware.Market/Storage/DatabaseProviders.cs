using System.Data.Common;

namespace Learnware.Market.Storage;

/// <summary>Tells the provider from a connection string.</summary>
internal static class DatabaseProviders
{
    public static DatabaseProvider Of(string? connectionString)
    {
        if (connectionString is null)
        {
            return DatabaseProvider.Sqlite;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"the connection string is malformed: {e.Message}", nameof(connectionString), e);
        }

        if (builder.ContainsKey("Host") || builder.ContainsKey("Server"))
        {
            return DatabaseProvider.Postgres;
        }

        if (builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename"))
        {
            return DatabaseProvider.Sqlite;
        }

        throw new ArgumentException(
            "the connection string names neither a PostgreSQL host (Host=…) nor a SQLite file (Data Source=…)", nameof(connectionString));
    }
}
