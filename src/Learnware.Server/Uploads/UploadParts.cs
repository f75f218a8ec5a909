using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace Learnware.Server.Uploads;

/// <summary>
/// Chunked, resumable uploads on disk under <see cref="DockOptions.UploadFolder"/>: per upload, its bytes so far
/// (<c>ID.part</c>) and its record (<c>ID.json</c>, written atomically; an upload exists while its record does). Both
/// survive a restart, so an upload resumes where its bytes end. Chunks are appended only at the end; the whole is
/// checked against its SHA-256 before it is handed on, and removed either way. Uploads expire after
/// <see cref="DockOptions.UploadLifetime"/>. Only the account that started an upload sees it; to anyone else it does not exist.
/// </summary>
public sealed class UploadParts(DockOptions options, TimeProvider time, ILogger<UploadParts> logger)
{
    private const int BufferSize = 81920;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // One writer per upload at a time: two chunks racing for the same offset must not both append.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>Starts an upload for <paramref name="owner"/>.</summary>
    /// <exception cref="DockRequestException">The owner has <see cref="DockOptions.MaxOpenUploads"/> open already (409).</exception>
    public async Task<UploadState> StartAsync(string owner, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.UploadFolder);
        var now = time.GetUtcNow();
        var open = 0;
        foreach (var record in Records())
            open += record.Owner == owner && record.ExpiresAt > now ? 1 : 0;
        if (open >= options.MaxOpenUploads)
            throw new DockRequestException(StatusCodes.Status409Conflict, "Too many open uploads",
                $"you have {open} chunked uploads open, the most one account may have: complete, delete or let one expire first");

        var created = new UploadRecord(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), owner, now, now + options.UploadLifetime);
        await File.WriteAllBytesAsync(PartPath(created.UploadId), [], cancellationToken);
        var temporary = $"{RecordPath(created.UploadId)}.tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(created, Json), cancellationToken);
        File.Move(temporary, RecordPath(created.UploadId));
        return new UploadState(created.UploadId, 0, created.ExpiresAt);
    }

    /// <summary>How many bytes of the caller's upload arrived.</summary>
    /// <exception cref="DockRequestException">No such upload of the caller's, or it expired (404).</exception>
    public async Task<UploadState> GetAsync(string uploadId, string owner, CancellationToken cancellationToken)
    {
        using var _ = await LockAsync(uploadId, cancellationToken);
        var record = Owned(uploadId, owner);
        return new UploadState(uploadId, new FileInfo(PartPath(uploadId)).Length, record.ExpiresAt);
    }

    /// <summary>
    /// Appends a chunk at <paramref name="offset"/>, which must be where the bytes so far end. A chunk cut short (the
    /// connection dropped) keeps what arrived, in order: the client asks how much that is and goes on from there.
    /// </summary>
    /// <exception cref="DockRequestException">
    /// No such upload (404); <paramref name="offset"/> is not the end (409, with <c>expectedOffset</c>); the whole
    /// would exceed <see cref="DockOptions.MaxPackageBytes"/> (413; the chunk is dropped); an empty chunk (400).
    /// </exception>
    public async Task<UploadState> AppendAsync(string uploadId, string owner, long offset, Stream chunk, CancellationToken cancellationToken)
    {
        using var _ = await LockAsync(uploadId, cancellationToken);
        var record = Owned(uploadId, owner);
        var path = PartPath(uploadId);
        var received = new FileInfo(path).Length;
        if (offset != received)
            throw new DockRequestException(StatusCodes.Status409Conflict, "Wrong offset",
                $"upload {uploadId} has {received} bytes: the next chunk goes at offset {received}, not {offset}")
            {
                Extensions = new Dictionary<string, object?> { ["expectedOffset"] = received },
            };

        long total = received;
        await using (var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            var buffer = new byte[BufferSize];
            try
            {
                int read;
                while ((read = await chunk.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (total + read > options.MaxPackageBytes)
                    {
                        file.SetLength(received);
                        throw new DockRequestException(StatusCodes.Status413PayloadTooLarge, "Package too large",
                            $"a package may have at most {options.MaxPackageBytes} bytes; this chunk would take upload {uploadId} past it");
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    total += read;
                }
            }
            catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
            {
                // The bytes written are the chunk's first ones, in order: kept, so the client resumes after them.
                await file.FlushAsync(CancellationToken.None);
                logger.LogInformation("Upload {UploadId}: a chunk at {Offset} was cut short after {Bytes} bytes ({Reason})",
                    uploadId, offset, total - received, e.Message);
                throw;
            }
        }

        if (total == received)
            throw DockRequestException.BadRequest("the chunk is empty: send the next bytes of the package as the request body");
        return new UploadState(uploadId, total, record.ExpiresAt);
    }

    /// <summary>
    /// Ends the upload: its bytes, if they hash to <paramref name="sha256"/>. The upload is removed whether they do or
    /// not, so a failed one leaves nothing behind.
    /// </summary>
    /// <exception cref="DockRequestException">
    /// No such upload (404); <paramref name="sha256"/> is not 64 hexadecimal digits (400; the upload stays); nothing
    /// was uploaded (400); the bytes hash to something else (422).
    /// </exception>
    public async Task<byte[]> CompleteAsync(string uploadId, string owner, string? sha256, CancellationToken cancellationToken)
    {
        using var _ = await LockAsync(uploadId, cancellationToken);
        Owned(uploadId, owner);
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigit))
            throw DockRequestException.BadRequest($"'sha256' must be the package's SHA-256 as 64 hexadecimal digits; got '{sha256}'");
        try
        {
            var bytes = await File.ReadAllBytesAsync(PartPath(uploadId), cancellationToken);
            if (bytes.Length == 0)
                throw DockRequestException.BadRequest($"upload {uploadId} has no bytes: send the package's chunks before completing it");
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
                throw new DockRequestException(StatusCodes.Status422UnprocessableEntity, "SHA-256 mismatch",
                    $"the {bytes.Length} bytes of upload {uploadId} hash to {actual}, not {sha256.ToLowerInvariant()}: the upload is removed; upload the package again");
            return bytes;
        }
        finally
        {
            Remove(uploadId);
        }
    }

    /// <summary>Abandons the caller's upload.</summary>
    public async Task DeleteAsync(string uploadId, string owner, CancellationToken cancellationToken)
    {
        using var _ = await LockAsync(uploadId, cancellationToken);
        Owned(uploadId, owner);
        Remove(uploadId);
    }

    /// <summary>Removes expired uploads, and parts whose record was never written (a crash between the two) once as old.</summary>
    public int RemoveExpired()
    {
        if (!Directory.Exists(options.UploadFolder))
            return 0;
        var now = time.GetUtcNow();
        var removed = 0;
        foreach (var record in Records().Where(r => r.ExpiresAt <= now))
        {
            Remove(record.UploadId);
            removed++;
        }

        foreach (var part in Directory.EnumerateFiles(options.UploadFolder, "*.part"))
        {
            var id = Path.GetFileNameWithoutExtension(part);
            if (!File.Exists(RecordPath(id)) && File.GetLastWriteTimeUtc(part) + options.UploadLifetime <= now.UtcDateTime)
            {
                File.Delete(part);
                removed++;
            }
        }

        return removed;
    }

    private IEnumerable<UploadRecord> Records()
    {
        foreach (var file in Directory.EnumerateFiles(options.UploadFolder, "*.json"))
        {
            if (Read(file) is { } record)
                yield return record;
        }
    }

    /// <summary>The caller's live upload, or 404 (also for another account's upload, and for an expired one, which goes).</summary>
    private UploadRecord Owned(string uploadId, string owner)
    {
        var record = IsId(uploadId) ? Read(RecordPath(uploadId)) : null;
        if (record is null || record.Owner != owner)
            throw DockRequestException.NotFound($"no upload '{uploadId}' of yours: it was completed, deleted or never started");
        if (record.ExpiresAt <= time.GetUtcNow())
        {
            Remove(uploadId);
            throw DockRequestException.NotFound($"upload '{uploadId}' expired at {record.ExpiresAt:u} and was removed; start again");
        }

        return record;
    }

    private UploadRecord? Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<UploadRecord>(File.ReadAllText(file), Json);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            logger.LogWarning(e, "Skipping the unreadable upload record {File}", file);
            return null;
        }
    }

    private void Remove(string uploadId)
    {
        // The record first: without it the upload no longer exists, even if removing the part fails.
        File.Delete(RecordPath(uploadId));
        File.Delete(PartPath(uploadId));
        _locks.TryRemove(uploadId, out _);
    }

    private async Task<IDisposable> LockAsync(string uploadId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(uploadId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    /// <summary>Ids are the 32 lowercase hex digits <see cref="StartAsync"/> makes: nothing else reaches the file system.</summary>
    private static bool IsId(string uploadId) => uploadId is { Length: 32 } && uploadId.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private string PartPath(string uploadId) => Path.Combine(options.UploadFolder, $"{uploadId}.part");

    private string RecordPath(string uploadId) => Path.Combine(options.UploadFolder, $"{uploadId}.json");

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
