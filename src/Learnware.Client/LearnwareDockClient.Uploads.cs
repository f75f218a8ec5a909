using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace Learnware.Client;

public sealed partial class LearnwareDockClient
{
    /// <summary>Field names of the package and of the optional semantic specification in a multipart upload.</summary>
    public const string PackageField = "package", SemanticField = "semantic";

    /// <summary>
    /// Uploads a package from a seekable stream (from its start) as a new learnware, or as a new version of
    /// <paramref name="learnwareId"/>: in one request, or in resumable chunks when it is larger than
    /// <see cref="DockClientOptions.ChunkThreshold"/>. The version is pending until the dock's checks have run. With
    /// <paramref name="semanticJson"/>, the dock stores that semantic specification in the package in place of its own
    /// (a specification that breaks a rule is refused with 422, naming each bad field).
    /// </summary>
    public async Task<UploadReceipt> UploadAsync(Stream package, string? learnwareId = null, IProgress<TransferProgress>? progress = null,
        string? semanticJson = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (!package.CanSeek)
            throw new ArgumentException("the package stream must be seekable (a file or a memory stream)", nameof(package));
        if (package.Length == 0)
            throw new ArgumentException("the package is empty", nameof(package));
        if (package.Length > _options.ChunkThreshold)
            return await UploadInChunksAsync(package, learnwareId, semanticJson, progress, cancellationToken);

        using var form = new MultipartFormDataContent();
        var file = new ProgressContent(package, 0, package.Length, progress, 0, package.Length);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, PackageField, "learnware.zip");
        if (semanticJson is not null)
            form.Add(new StringContent(semanticJson, System.Text.Encoding.UTF8, "application/json"), SemanticField);
        var request = learnwareId is null
            ? new HttpRequestMessage(HttpMethod.Post, "api/v1/learnwares") { Content = form }
            : new HttpRequestMessage(HttpMethod.Put, $"api/v1/learnwares/{Segment(learnwareId)}") { Content = form };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync<UploadReceipt>(response, cancellationToken);
    }

    /// <summary>Uploads the package file at <paramref name="path"/>; see <see cref="UploadAsync(Stream, string?, IProgress{TransferProgress}?, string?, CancellationToken)"/>.</summary>
    public async Task<UploadReceipt> UploadFileAsync(string path, string? learnwareId = null, IProgress<TransferProgress>? progress = null,
        string? semanticJson = null, CancellationToken cancellationToken = default)
    {
        await using var package = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true);
        return await UploadAsync(package, learnwareId, progress, semanticJson, cancellationToken);
    }

    /// <summary>Polls the version's status, with a growing pause, until its checks are over: usable, or rejected with the failed checks.</summary>
    public async Task<CheckedUpload> WaitForChecksAsync(UploadReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var delay = _options.FirstPollDelay;
        while (true)
        {
            var detail = await StatusAsync(receipt.Id, cancellationToken);
            var status = detail.StatusOf(receipt.Version);
            if (LearnwareStatuses.IsFinal(status))
            {
                var failures = detail.Version == receipt.Version && detail.CheckLog is { } log ? log.Where(c => c.Failed).ToArray() : [];
                return new CheckedUpload(receipt, status!, failures);
            }

            await Task.Delay(delay, _options.TimeProvider, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(_options.MaxPollDelay.Ticks, (long)(delay.Ticks * 1.5)));
        }
    }

    /// <summary>Uploads and waits for the checks.</summary>
    public async Task<CheckedUpload> UploadAndWaitAsync(Stream package, string? learnwareId = null, IProgress<TransferProgress>? progress = null,
        string? semanticJson = null, CancellationToken cancellationToken = default) =>
        await WaitForChecksAsync(await UploadAsync(package, learnwareId, progress, semanticJson, cancellationToken), cancellationToken);

    /// <summary>Opens a chunked upload on the dock.</summary>
    public async Task<UploadSession> StartChunkedUploadAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/v1/uploads"), cancellationToken);
        return await ReadAsync<UploadSession>(response, cancellationToken);
    }

    /// <summary>How much of a chunked upload has arrived.</summary>
    public Task<UploadSession> GetChunkedUploadAsync(string uploadId, CancellationToken cancellationToken = default) =>
        GetAsync<UploadSession>($"api/v1/uploads/{Segment(uploadId)}", cancellationToken);

    /// <summary>
    /// Sends the chunk of <paramref name="package"/> at <paramref name="offset"/>, <paramref name="length"/> bytes long.
    /// A 409 <see cref="DockProblemException"/> with <c>expectedOffset</c> says where the dock expects it instead.
    /// </summary>
    public async Task<UploadSession> SendChunkAsync(string uploadId, Stream package, long offset, int length,
        IProgress<TransferProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var chunk = new ProgressContent(package, offset, length, progress, offset, package.Length);
        chunk.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/v1/uploads/{Segment(uploadId)}?offset={offset}") { Content = chunk };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync<UploadSession>(response, cancellationToken);
    }

    /// <summary>
    /// Ends a chunked upload: the dock checks the bytes against <paramref name="sha256"/> (hex) and submits them as an
    /// upload, with <paramref name="semanticJson"/> in place of the package's semantic specification when given.
    /// </summary>
    public async Task<UploadReceipt> CompleteChunkedUploadAsync(string uploadId, string sha256, string? learnwareId = null,
        string? semanticJson = null, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/uploads/{Segment(uploadId)}/complete")
        {
            Content = JsonContent.Create(new { sha256, learnwareId, semantic = semanticJson }, options: Json),
        };
        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync<UploadReceipt>(response, cancellationToken);
    }

    /// <summary>
    /// Sends the package chunk by chunk. After a failed chunk (a dropped connection, a 5xx) it asks the dock how much
    /// arrived and goes on from there; <see cref="DockClientOptions.ChunkAttempts"/> failures in a row end it.
    /// </summary>
    private async Task<UploadReceipt> UploadInChunksAsync(Stream package, string? learnwareId, string? semanticJson,
        IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        package.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(package, cancellationToken));
        var uploadId = (await StartChunkedUploadAsync(cancellationToken)).UploadId;
        long? offset = 0;
        var failures = 0;
        while (true)
        {
            try
            {
                offset ??= (await GetChunkedUploadAsync(uploadId, cancellationToken)).Received;
                if (offset >= package.Length)
                    break;
                var length = (int)Math.Min(_options.ChunkSize, package.Length - offset.Value);
                offset = (await SendChunkAsync(uploadId, package, offset.Value, length, progress, cancellationToken)).Received;
                failures = 0;
            }
            catch (DockProblemException e) when (e.Status == HttpStatusCode.Conflict && e.Extensions.TryGetValue("expectedOffset", out var expected)
                                                 && ++failures < _options.ChunkAttempts)
            {
                offset = expected.GetInt64();
            }
            catch (Exception e) when (IsTransient(e, cancellationToken) && ++failures < _options.ChunkAttempts)
            {
                offset = null;
                await Task.Delay(_options.FirstPollDelay * failures, _options.TimeProvider, cancellationToken);
            }
        }

        return await CompleteChunkedUploadAsync(uploadId, sha256, learnwareId, semanticJson, cancellationToken);
    }

    /// <summary>A failure that a retry may cure: the connection, a timeout, or the dock's own trouble (5xx).</summary>
    private static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        HttpRequestException or IOException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        DockProblemException problem => (int)problem.Status >= 500,
        _ => false,
    };
}
