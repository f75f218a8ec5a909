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

    public static Task<LearnwareMarket> OpenAsync(ParseResult parse, Option<DirectoryInfo> root, CancellationToken cancellationToken)
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
        return LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = folder }, cancellationToken: cancellationToken);
    }
}
