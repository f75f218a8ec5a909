using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Learnware.Market.Storage;

/// <summary>
/// Opens connections and contexts on the configured database and makes sure it holds this build's schema. Reads use
/// plain connections; EF Core, which writes, is started only when a context is first made.
/// </summary>
internal sealed class MarketDatabase
{
    private const string SqliteFileName = "market.db";

    private readonly Lazy<DbContextOptions<MarketDbContext>> _contextOptions;

    public MarketDatabase(MarketStoreOptions options)
    {
        Provider = DatabaseProviders.Of(options.ConnectionString);
        ConnectionString = options.ConnectionString ?? new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.Root, SqliteFileName),
            DefaultTimeout = SqliteConnectionSetup.BusyTimeoutMilliseconds / 1000,
        }.ToString();
        // Made on first use: a process that only reads an existing market never starts EF Core.
        _contextOptions = new(() => ContextOptions(Provider, ConnectionString, compiledModel: true));
    }

    /// <summary>
    /// Context options for a provider. With <paramref name="compiledModel"/> the context uses the model generated
    /// into <c>Storage/CompiledModels</c> instead of building it from <c>OnModelCreating</c> in every process, which
    /// is most of a cold command's database time; without, it builds it, as <c>dotnet ef</c> and the test that keeps
    /// the two equal need.
    /// </summary>
    public static DbContextOptions<MarketDbContext> ContextOptions(DatabaseProvider provider, string connectionString, bool compiledModel)
    {
        var builder = new DbContextOptionsBuilder<MarketDbContext>();
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString);
        }
        else
        {
            builder.UseSqlite(connectionString).AddInterceptors(SqliteConnectionSetup.Instance);
        }

#if !MARKET_DESIGN_TIME
        if (compiledModel)
        {
            builder.UseModel(MarketCompiledModels.For(provider));
        }
#endif

        return builder.Options;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public MarketDbContext CreateContext() => new(_contextOptions.Value);

    /// <summary>An open connection without EF Core, set up as the contexts' connections are.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Provider == DatabaseProvider.Sqlite)
            {
                await SqliteConnectionSetup.ApplyAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the schema in an empty database; refuses a database holding another schema version.</summary>
    /// <remarks>
    /// A market that exists is the common case, and every command of the CLI opens one in a fresh process: there one
    /// SQL command reads its version, and nothing else runs (creating tables, switching the journal mode and EF Core's
    /// compilation of a LINQ query cost more than the command's own queries in such a process).
    /// </remarks>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var existing = await Guarded(() => ReadExistingVersionAsync(cancellationToken));
        if (existing is { } version)
        {
            CheckVersion(version);
            return;
        }

        await using var db = CreateContext();
        await Guarded(async () =>
        {
            if (Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers go on while one writer commits; the mode is stored in the file, so once is enough.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            }

            await CreateTablesAsync(db, cancellationToken);
            return 0;
        });

        var info = await ReadSchemaInfoAsync(db, cancellationToken);
        if (info is null)
        {
            db.SchemaInfo.Add(new SchemaInfoRow { Version = MarketAssembly.SchemaVersion });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                // Another process opening the same new database wrote the row first.
                db.ChangeTracker.Clear();
                info = await ReadSchemaInfoAsync(db, cancellationToken) ?? throw new MarketStoreException("the schema_info row vanished");
            }
        }

        CheckVersion(info.Version);
    }

    /// <summary>
    /// The version in the schema_info row, or null when the database has no such table or row yet (new, being created
    /// by another process, or foreign: the slower path that follows tells these apart).
    /// </summary>
    private async Task<int?> ReadExistingVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT version FROM schema_info";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? reader.GetInt32(0) : null;
        }
        catch (DbException)
        {
            return null;
        }
    }

    /// <summary>Runs <paramref name="step"/>, turning a database that cannot be reached into the market's own error.</summary>
    private async Task<T> Guarded<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (DbException e)
        {
            throw new MarketStoreException($"cannot open the market database ({Provider}): {e.Message}", e);
        }
        catch (InvalidOperationException e) when (e.InnerException is DbException inner)
        {
            // EF Core wraps a connection that cannot be made (a closed port, an unknown host) in its own exception.
            throw new MarketStoreException($"cannot open the market database ({Provider}): {inner.Message}", e);
        }
    }

    // EnsureCreated looks for tables, then creates them in one transaction. Another process opening the same new
    // database can create them in between, and then this one's CREATE TABLE fails; looking again finds them.
    private static async Task CreateTablesAsync(MarketDbContext db, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.Database.EnsureCreatedAsync(cancellationToken);
                return;
            }
            catch (DbException) when (attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(1, 20 * attempt), cancellationToken);
            }
        }
    }

    private static void CheckVersion(int version)
    {
        if (version > MarketAssembly.SchemaVersion)
        {
            throw new MarketStoreException(
                $"the market database has schema version {version}, newer than the {MarketAssembly.SchemaVersion} this build " +
                "understands: open it with the newer Learnware Dock that wrote it");
        }

        if (version < MarketAssembly.SchemaVersion)
        {
            throw new MarketStoreException(
                $"the market database has schema version {version}, older than this build's {MarketAssembly.SchemaVersion}, " +
                "and there is no upgrade from it");
        }
    }

    private async Task<SchemaInfoRow?> ReadSchemaInfoAsync(MarketDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.SchemaInfo.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        }
        catch (DbException e)
        {
            // EnsureCreated leaves a database with any tables alone, so a foreign one lands here.
            throw new MarketStoreException(
                $"the {Provider} database holds tables but no learnware market schema (no schema_info table): " +
                "give the market an empty database of its own", e);
        }
    }
}
