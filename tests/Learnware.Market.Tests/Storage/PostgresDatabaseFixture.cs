using Npgsql;

namespace Learnware.Market.Tests.Storage;

/// <summary>A fresh PostgreSQL database with a random name for one test class, dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private string? _adminConnectionString;
    private string? _name;

    /// <summary>The connection string of the class's database.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.SkipReason is not null)
        {
            return;
        }

        _adminConnectionString = PostgresTestServer.RequireConnectionString();
        _name = "learnware_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(_adminConnectionString, $"CREATE DATABASE \"{_name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _name }.ToString();
    }

    /// <summary>Empties the database, tables and all, so each test opens a market as new.</summary>
    public Task ResetAsync() => ExecuteAsync(ConnectionString, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");

    public async Task DisposeAsync()
    {
        if (_adminConnectionString is null || _name is null)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
