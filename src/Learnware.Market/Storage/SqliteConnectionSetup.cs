using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learnware.Market.Storage;

/// <summary>
/// Sets a busy timeout on every SQLite connection the store opens, so a writer waits for another one's
/// transaction to end instead of failing at once, and turns foreign keys on.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 30_000;

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";

    public static SqliteConnectionSetup Instance { get; } = new();

    /// <summary>Sets the pragmas on a connection the store opened itself, without EF Core.</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default) => ApplyAsync(connection, cancellationToken);
}
