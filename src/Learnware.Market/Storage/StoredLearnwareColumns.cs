using System.Data.Common;

namespace Learnware.Market.Storage;

/// <summary>Reads a <see cref="StoredLearnware"/> from the columns <see cref="MarketQueries"/> selects, in their order.</summary>
internal static class StoredLearnwareColumns
{
    public static StoredLearnware Read(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Owner = reader.GetString(1),
        CreatedAt = Utc(reader.GetDateTime(2)),
        UpdatedAt = Utc(reader.GetDateTime(3)),
        Version = reader.GetInt32(4),
        // Written by EF Core's enum-to-string conversion, so always one of the names.
        Status = Enum.Parse<LearnwareStatus>(reader.GetString(5)),
        CheckLog = reader.IsDBNull(6) ? null : reader.GetString(6),
        SemanticJson = reader.GetString(7),
        Name = reader.GetString(8),
        SpecJson = reader.GetString(9),
        SpecType = reader.GetString(10),
        SpecDimension = reader.GetInt32(11),
        PackageSha256 = reader.GetString(12),
        PackageSize = reader.GetInt64(13),
        VersionCreatedAt = Utc(reader.GetDateTime(14)),
    };

    /// <summary>
    /// Every time the store writes is UTC; SQLite hands it back without a kind, PostgreSQL as UTC.
    /// </summary>
    public static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero);
}
