using Learnware.Market.Storage;

namespace Learnware.Server.Tests.Process;

/// <summary>What a dock left in its data folder, looked at from outside the dock.</summary>
internal static class DockDataFolder
{
    /// <summary>
    /// The market store of <paramref name="folder"/>, opened without its start-up clean-up, so the test sees what the
    /// dock left rather than tidying it.
    /// </summary>
    public static Task<MarketStore> OpenStoreAsync(string folder) =>
        MarketStore.OpenAsync(new MarketStoreOptions { Root = folder, CleanUpOnOpen = false });

    /// <summary>The files of unfinished blob writes (the blob store's temporary folder).</summary>
    public static IReadOnlyList<string> UnfinishedBlobWrites(string folder)
    {
        var temporary = Path.Combine(folder, "blobs", ".tmp");
        return Directory.Exists(temporary) ? Directory.GetFiles(temporary, "*", SearchOption.AllDirectories) : [];
    }

    /// <summary>The package blobs stored.</summary>
    public static async Task<int> BlobCountAsync(MarketStore store) => await store.Blobs.ListAsync().CountAsync();
}
