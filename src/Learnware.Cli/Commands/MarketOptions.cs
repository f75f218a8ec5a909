using System.CommandLine;
using Learnware.Market;
using Learnware.Market.Storage;

namespace Learnware.Cli.Commands;

/// <summary>Options every <c>learnware market</c> command takes, and opening the market they name.</summary>
internal static class MarketOptions
{
    /// <summary>The default market folder: <c>~/.learnware-dock/market</c>.</summary>
    public static string DefaultRoot =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".learnware-dock", "market");

    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "the market folder (database + packages)",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultRoot),
    };

    public static Option<bool> Json() => new("--json") { Description = "print JSON" };

    /// <summary>
    /// Opens the market the command names. A <paramref name="readOnly"/> command leaves the cleanup of orphan blobs to
    /// the next command that writes, and so starts faster; <paramref name="meaning"/> makes its search texts also match
    /// by meaning.
    /// </summary>
    public static Task<LearnwareMarket> OpenAsync(ParseResult parse, Option<DirectoryInfo> root, CancellationToken cancellationToken,
        bool readOnly = false, Learnware.Specifications.ISentenceEmbedder? meaning = null)
    {
        var folder = parse.GetRequiredValue(root).FullName;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException e)
        {
            throw new UsageException($"--root: cannot use {folder} as the market folder: {e.Message}");
        }
        return LearnwareMarket.OpenAsync(StoreOptions(folder) with { CleanUpOnOpen = !readOnly }, cancellationToken: cancellationToken,
            meaning: meaning);
    }

    /// <summary>
    /// The environment variable naming a database for the market's records, such as a PostgreSQL connection string
    /// (<c>Host=...;Database=...;Username=...;Password=...</c>); packages stay in the market folder. Unset: SQLite
    /// in the market folder.
    /// </summary>
    public const string DatabaseVariable = "LEARNWARE_MARKET_DATABASE";

    /// <summary>Store options for a market folder, with the database named by <see cref="DatabaseVariable"/> if set.</summary>
    public static MarketStoreOptions StoreOptions(string folder) => new()
    {
        Root = folder,
        ConnectionString = Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } database ? database : null,
    };
}
