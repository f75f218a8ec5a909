using System.Security.Cryptography;
using Learnware.Market.Storage;

namespace Learnware.Market.Tests.Storage;

public sealed class LocalFolderBlobStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "learnware-blob-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Put_ThenOpenExistsListDelete()
    {
        var store = new LocalFolderBlobStore(_root);
        var (key, bytes) = RandomBlob();

        await store.PutAsync(key, new MemoryStream(bytes));

        Assert.True(await store.ExistsAsync(key));
        await using (var stream = await store.OpenAsync(key))
        {
            using var copy = new MemoryStream();
            await stream!.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        var listed = Assert.Single(await store.ListAsync().ToListAsync());
        Assert.Equal((key, bytes.LongLength), (listed.Key, listed.Size));
        Assert.Equal(Path.Combine(_root, key[..2], key), store.PathOf(key));
        Assert.Empty(Directory.EnumerateFiles(store.TemporaryFolder));
        Assert.True(await store.DeleteAsync(key));
        Assert.False(await store.DeleteAsync(key));
        Assert.Null(await store.OpenAsync(key));
        Assert.Empty(await store.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task Put_RefusesContentThatIsNotTheKeys_AndLeavesNothing()
    {
        var store = new LocalFolderBlobStore(_root);
        var (key, _) = RandomBlob();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, new MemoryStream([1, 2, 3])));

        Assert.Contains("not " + key, refused.Message);
        Assert.False(await store.ExistsAsync(key));
        Assert.Empty(Directory.EnumerateFiles(store.TemporaryFolder));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync("../../etc/passwd"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenAsync(key.ToUpperInvariant()));
    }

    [Fact]
    public async Task PuttingTheSameBytesAgain_KeepsOneBlob_AndRefreshesItsTime()
    {
        var store = new LocalFolderBlobStore(_root);
        var (key, bytes) = RandomBlob();
        await store.PutAsync(key, new MemoryStream(bytes));
        File.SetLastWriteTimeUtc(store.PathOf(key), DateTime.UtcNow.AddDays(-1));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.PutAsync(key, new MemoryStream(bytes)))));

        var blob = Assert.Single(await store.ListAsync().ToListAsync());
        Assert.True(blob.LastWritten > DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Empty(Directory.EnumerateFiles(store.TemporaryFolder));
    }

    [Fact]
    public async Task RemoveAbandonedWrites_SparesRecentOnes()
    {
        var store = new LocalFolderBlobStore(_root);
        var old = Path.Combine(store.TemporaryFolder, "old");
        var recent = Path.Combine(store.TemporaryFolder, "recent");
        await File.WriteAllBytesAsync(old, [1]);
        await File.WriteAllBytesAsync(recent, [2]);
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-3));

        Assert.Equal(1, await store.RemoveAbandonedWritesAsync(DateTimeOffset.UtcNow.AddHours(-1)));

        Assert.Equal([recent], Directory.EnumerateFiles(store.TemporaryFolder));
    }

    private static (string Key, byte[] Bytes) RandomBlob()
    {
        var bytes = RandomNumberGenerator.GetBytes(1000);
        return (ContentAddress.Of(bytes), bytes);
    }
}
