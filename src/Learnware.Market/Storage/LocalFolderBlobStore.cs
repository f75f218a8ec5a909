using System.Security.Cryptography;

namespace Learnware.Market.Storage;

/// <summary>
/// Blobs as files in a folder: <c>root/ab/abcd…</c> (the first two hex digits spread the files over 256 folders);
/// writes go to <c>root/.tmp/</c> first and are renamed into place once flushed to disk.
/// </summary>
public sealed class LocalFolderBlobStore : IBlobStore
{
    private const string TemporaryFolderName = ".tmp";
    private const int BufferSize = 81920;

    /// <summary>Uses (and creates) the folder <paramref name="root"/>.</summary>
    public LocalFolderBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
        TemporaryFolder = Path.Combine(Root, TemporaryFolderName);
        Directory.CreateDirectory(TemporaryFolder);
    }

    /// <summary>The folder holding the blobs.</summary>
    public string Root { get; }

    // In the same folder tree as the blobs, so the final rename never crosses file systems and stays atomic.
    internal string TemporaryFolder { get; }

    internal string PathOf(string key) => Path.Combine(Root, key[..2], key);

    /// <inheritdoc/>
    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ContentAddress.Validate(key);
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(TemporaryFolder);
        var temporary = Path.Combine(TemporaryFolder, Guid.NewGuid().ToString("N"));
        try
        {
            var actual = await WriteAndHashAsync(temporary, content, cancellationToken);
            if (actual != key)
            {
                throw new ArgumentException($"the content's address is {actual}, not {key}", nameof(key));
            }

            var target = PathOf(key);
            if (TryTouch(target))
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Move(temporary, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // A concurrent put of the same bytes got there first; its blob is this one.
                TryTouch(target);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <inheritdoc/>
    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        ContentAddress.Validate(key);
        try
        {
            // FileShare.Delete lets the blob be deleted while a reader still streams it.
            Stream stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete,
                BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ContentAddress.Validate(key);
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    /// <inheritdoc/>
    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        ContentAddress.Validate(key);
        return Task.FromResult(File.Exists(PathOf(key)));
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<BlobInfo> ListAsync(CancellationToken cancellationToken = default) =>
        EnumerateBlobs().ToAsyncEnumerable();

    /// <inheritdoc/>
    public Task<int> RemoveAbandonedWritesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        if (!Directory.Exists(TemporaryFolder))
        {
            return Task.FromResult(removed);
        }

        foreach (var file in new DirectoryInfo(TemporaryFolder).EnumerateFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.LastWriteTimeUtc < olderThan.UtcDateTime)
            {
                file.Delete();
                removed++;
            }
        }

        return Task.FromResult(removed);
    }

    private IEnumerable<BlobInfo> EnumerateBlobs()
    {
        foreach (var folder in new DirectoryInfo(Root).EnumerateDirectories("??"))
        {
            foreach (var file in folder.EnumerateFiles())
            {
                if (ContentAddress.IsValid(file.Name) && file.Name.StartsWith(folder.Name, StringComparison.Ordinal))
                {
                    yield return new BlobInfo(file.Name, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
                }
            }
        }
    }

    private static async Task<string> WriteAndHashAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize,
            FileOptions.Asynchronous);
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        // On disk before the rename publishes it, so a crash cannot leave a named but truncated blob.
        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Re-putting an existing blob refreshes its time, so cleanup's grace period spares a blob that is about to be used again.
    private static bool TryTouch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }
}
