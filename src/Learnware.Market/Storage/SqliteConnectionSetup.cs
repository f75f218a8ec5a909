using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learnware.Market.Storage;

/// <summary>
/// Sets a busy timeout on every SQLite connection the store opens, so a writer waits for another one's
/// transaction to end instead of failing at once.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 30_000;

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
