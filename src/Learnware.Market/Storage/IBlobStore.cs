namespace Learnware.Market.Storage;

/// <summary>
/// Immutable blobs named by content address: the key is the lowercase SHA-256 hex of the bytes
/// (<see cref="ContentAddress"/>), so a blob never changes once written and equal bytes share one blob.
/// </summary>
public interface IBlobStore
{
    /// <summary>
    /// Stores <paramref name="content"/> under <paramref name="key"/> atomically: readers see the whole blob or none.
    /// Storing bytes that are already present does not rewrite them but marks the blob as recently used.
    /// </summary>
    /// <exception cref="ArgumentException">The key is not a content address, or is not the address of the content.</exception>
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob for reading, or returns null when there is none.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob; false when there was none.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>True when a blob is stored under the key.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every stored blob, in no particular order.</summary>
    IAsyncEnumerable<BlobInfo> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes what unfinished writes left behind (a crash between starting and finishing a put) when it was last
    /// touched before <paramref name="olderThan"/>, so writes still in progress elsewhere are spared; returns the count removed.
    /// </summary>
    Task<int> RemoveAbandonedWritesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
