using Learnware.Market.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Learnware.Market.Tests.Storage;

/// <summary>
/// The compiled EF models the store runs on must say exactly what <c>MarketDbContext.OnModelCreating</c> says: a
/// table, column, type, key, index or relationship changed there and not regenerated fails here.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate = "the compiled model is stale: run scripts/regenerate-compiled-models.sh";

    public static TheoryData<DatabaseProvider, string> Providers => new()
    {
        { DatabaseProvider.Sqlite, "Data Source=unused.db" },
        { DatabaseProvider.Postgres, "Host=unused" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheCompiledModel_MatchesOnModelCreating(DatabaseProvider provider, string connectionString)
    {
        // Neither context opens a connection: reading the model needs only the provider.
        using var built = new MarketDbContext(MarketDatabase.ContextOptions(provider, connectionString, compiledModel: false));
        using var compiled = new MarketDbContext(MarketDatabase.ContextOptions(provider, connectionString, compiledModel: true));

        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);

        Assert.NotSame(built.Model, compiled.Model);
        Assert.True(expected.SequenceEqual(actual),
            $"{Regenerate}\nonly in OnModelCreating:\n  {string.Join("\n  ", expected.Except(actual))}\n" +
            $"only in the compiled model:\n  {string.Join("\n  ", actual.Except(expected))}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheStore_RunsOnTheCompiledModel(DatabaseProvider provider, string connectionString)
    {
        var database = new MarketDatabase(new MarketStoreOptions { Root = "unused", ConnectionString = connectionString });
        using var context = database.CreateContext();

        Assert.Equal(provider, database.Provider);
        Assert.Same(MarketCompiledModels.For(provider), context.Model);
    }

    /// <summary>One line per table, column, key, index and foreign key, with everything the database and the store see of it.</summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            lines.Add($"entity {entity.ClrType.Name} -> table {table}");
            foreach (var property in entity.GetProperties())
            {
                var mapping = property.GetRelationalTypeMapping();
                lines.Add($"{table}.{property.GetColumnName()}: {property.ClrType.Name} as {mapping.StoreType}, " +
                    $"nullable {property.IsNullable}, max length {property.GetMaxLength()}, generated {property.ValueGenerated}, " +
                    $"converter {mapping.Converter?.GetType().Name ?? "none"} to {mapping.Converter?.ProviderClrType.Name ?? "-"}");
            }
            foreach (var key in entity.GetKeys())
                lines.Add($"{table} key ({Columns(key.Properties)}), primary {key.IsPrimaryKey()}");
            foreach (var index in entity.GetIndexes())
                lines.Add($"{table} index ({Columns(index.Properties)}), unique {index.IsUnique}");
            foreach (var foreignKey in entity.GetForeignKeys())
                lines.Add($"{table} foreign key ({Columns(foreignKey.Properties)}) -> {foreignKey.PrincipalEntityType.GetTableName()}, " +
                    $"on delete {foreignKey.DeleteBehavior}, required {foreignKey.IsRequired}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Columns(IEnumerable<IProperty> properties) => string.Join(", ", properties.Select(p => p.GetColumnName()));
}
