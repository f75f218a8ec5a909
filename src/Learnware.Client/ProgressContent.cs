using System.Net;

namespace Learnware.Client;

/// <summary>
/// A request body read from a stream region (from its current position, <c>length</c> bytes) that reports the bytes
/// written as they go, so an upload can draw its progress. The region is rewound on each send, so a retried request
/// sends it whole again.
/// </summary>
internal sealed class ProgressContent(Stream source, long offset, long length, IProgress<TransferProgress>? progress, long reportBase, long? reportTotal)
    : HttpContent
{
    private const int BufferSize = 81920;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        source.Position = offset;
        var buffer = new byte[BufferSize];
        long sent = 0;
        while (sent < length)
        {
            var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, length - sent)), cancellationToken);
            if (read == 0)
                throw new EndOfStreamException($"the package ended after {offset + sent} bytes, {length - sent} bytes before the end of the part being sent");
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            sent += read;
            progress?.Report(new TransferProgress(reportBase + sent, reportTotal));
        }
    }

    protected override bool TryComputeLength(out long length1)
    {
        length1 = length;
        return true;
    }
}
