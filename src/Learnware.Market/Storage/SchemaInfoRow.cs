namespace Learnware.Market.Storage;

/// <summary>The single row saying which schema version the database holds.</summary>
internal sealed class SchemaInfoRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public int Version { get; set; }
}
