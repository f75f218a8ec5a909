using Microsoft.EntityFrameworkCore.Metadata;

namespace Learnware.Market.Storage;

/// <summary>
/// The market's EF Core models compiled ahead of time, one per provider (a compiled model holds the provider's
/// type mappings). Regenerate them with <c>scripts/regenerate-compiled-models.sh</c> after any change to
/// <see cref="MarketDbContext"/> or the row types; a test fails while they differ from <c>OnModelCreating</c>.
/// </summary>
internal static class MarketCompiledModels
{
    public static IModel For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => CompiledModels.Postgres.MarketDbContextModel.Instance,
        _ => CompiledModels.Sqlite.MarketDbContextModel.Instance,
    };
}
