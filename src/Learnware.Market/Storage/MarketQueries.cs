using System.Data.Common;
using System.Globalization;

namespace Learnware.Market.Storage;

/// <summary>
/// The store's reads: one SQL statement each on a plain connection, the same text on SQLite and PostgreSQL.
/// </summary>
/// <remarks>
/// Every CLI command runs in a fresh process, where EF Core's start (its services, then the compilation of each LINQ
/// query) costs several times what the reads themselves do; read-only commands on an existing market never start it.
/// The tables and columns are those of <see cref="MarketDbContext"/>, which creates them and does every write.
/// </remarks>
internal sealed class MarketQueries(MarketDatabase database)
{
    // A version with its learnware's row; StoredLearnwareColumns reads the columns in this order.
    private const string SelectVersions =
        "SELECT l.id, l.owner, l.created_at, l.updated_at, v.version, v.status, v.check_log, v.semantic_json, v.name, " +
        "v.spec_json, v.spec_type, v.spec_dimension, v.package_sha256, v.package_size, v.created_at " +
        "FROM learnware_versions v JOIN learnwares l ON l.id = v.learnware_id ";

    // The market order: oldest learnware first with the id as tie-break, so that pages stay put while learnwares are added.
    private const string MarketOrder = "ORDER BY l.created_at, v.learnware_id";

    public async Task<StoredLearnware?> GetAsync(string learnwareId, int? version, CancellationToken cancellationToken)
    {
        var found = await ReadVersionsAsync(
            SelectVersions + "WHERE v.learnware_id = @id" + (version is null ? "" : " AND v.version = @version") +
            " ORDER BY v.version DESC LIMIT 1",
            cancellationToken, ("id", learnwareId), ("version", version));
        return found.Length == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<StoredLearnware>> ListVersionsAsync(string learnwareId, CancellationToken cancellationToken) =>
        await ReadVersionsAsync(SelectVersions + "WHERE v.learnware_id = @id ORDER BY v.version", cancellationToken, ("id", learnwareId));

    public async Task<IReadOnlyList<DateTimeOffset>> ListVersionTimesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT created_at FROM learnware_versions");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var times = new List<DateTimeOffset>();
        while (await reader.ReadAsync(cancellationToken))
        {
            times.Add(StoredLearnwareColumns.Utc(reader.GetDateTime(0)));
        }

        return times;
    }

    public async Task<IReadOnlyList<StoredLearnware>> ListLatestAsync(int offset, int limit, CancellationToken cancellationToken) =>
        await ReadVersionsAsync(
            SelectVersions +
            "WHERE v.version = (SELECT MAX(w.version) FROM learnware_versions w WHERE w.learnware_id = v.learnware_id) " +
            MarketOrder + " LIMIT @limit OFFSET @offset",
            cancellationToken, ("limit", limit), ("offset", offset));

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT COUNT(*) FROM learnwares");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<StoredLearnware>> ListLatestUsableAsync(string? specType, int? specDimension,
        CancellationToken cancellationToken) =>
        // The market order of ListLatestAsync, which the search keeps for its unscored results and its ties.
        await ReadVersionsAsync(
            SelectVersions +
            "WHERE v.status = @usable AND v.version = (SELECT MAX(w.version) FROM learnware_versions w " +
            "WHERE w.learnware_id = v.learnware_id AND w.status = @usable)" +
            (specType is null ? "" : " AND v.spec_type = @type") +
            (specDimension is null ? "" : " AND v.spec_dimension = @dimension") + " " + MarketOrder,
            cancellationToken, ("usable", nameof(LearnwareStatus.Usable)), ("type", specType), ("dimension", specDimension));

    public async Task<IReadOnlyList<StoredLearnware>> ListPendingAsync(CancellationToken cancellationToken) =>
        await ReadVersionsAsync(
            SelectVersions + "WHERE v.status = @pending ORDER BY v.created_at, v.learnware_id, v.version",
            cancellationToken, ("pending", nameof(LearnwareStatus.Pending)));

    /// <summary>Runs <paramref name="sql"/> with the parameters that have a value (a null one is left out of the text).</summary>
    private async Task<StoredLearnware[]> ReadVersionsAsync(string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, sql);
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<StoredLearnware>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(StoredLearnwareColumns.Read(reader));
        }

        return [.. rows];
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
