using System.Net;
using System.Security.Cryptography;

namespace Learnware.Server.Tests.Process;

/// <summary>
/// The body of a package that arrives slowly: <see cref="SentBytes"/> bytes go out at once, then the stream stalls
/// until the request is abandoned, as an upload over a slow link looks when the server dies under it. The declared
/// length is the whole package's, so the server expects more.
/// </summary>
internal sealed class StallingUpload(long declaredBytes, int sentBytes) : HttpContent
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many bytes are sent before the stall.</summary>
    public int SentBytes { get; } = sentBytes;

    /// <summary>Completes once the first <see cref="SentBytes"/> bytes are written to the connection.</summary>
    public Task Sent => _sent.Task;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        // Random bytes: whatever the server does with them, they do not compress or parse as anything.
        await stream.WriteAsync(RandomNumberGenerator.GetBytes(SentBytes), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        _sent.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = declaredBytes;
        return true;
    }
}
