using Learnware.Market.Storage;
using Microsoft.EntityFrameworkCore.Design;

namespace Learnware.Market.Design;

/// <summary>
/// Gives <c>dotnet ef</c> the market's context for one provider, named by the first argument after <c>--</c>
/// (<c>sqlite</c> or <c>postgres</c>), built from <c>OnModelCreating</c> rather than from a compiled model.
/// </summary>
internal sealed class MarketDbContextFactory : IDesignTimeDbContextFactory<MarketDbContext>
{
    public MarketDbContext CreateDbContext(string[] args)
    {
        var provider = args.Length == 1 && Enum.TryParse<DatabaseProvider>(args[0], ignoreCase: true, out var named)
            ? named
            : throw new ArgumentException("name the provider after --: sqlite or postgres");
        return new MarketDbContext(MarketDatabase.ContextOptions(provider, DesignTimeConnection(provider), compiledModel: false));
    }

    // Never opened: generating a model needs the provider, not a database.
    private static string DesignTimeConnection(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? "Host=localhost" : "Data Source=design-time.db";
}
