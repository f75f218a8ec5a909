namespace Learnware.Server.Tests.Client;

/// <summary>
/// Drops the connection in the middle of the <paramref name="failAt"/>-th chunk (<c>PUT /api/v1/uploads/...</c>): the
/// dock receives the chunk's first half, the client gets an <see cref="HttpRequestException"/>, as when a network
/// fails under an upload.
/// </summary>
internal sealed class DroppingHandler(int failAt) : DelegatingHandler
{
    private int _chunks;

    public int Dropped { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Put || request.RequestUri?.AbsolutePath.StartsWith("/api/v1/uploads/", StringComparison.Ordinal) != true
            || ++_chunks != failAt)
            return await base.SendAsync(request, cancellationToken);

        var bytes = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        using var half = new HttpRequestMessage(HttpMethod.Put, request.RequestUri) { Content = new ByteArrayContent(bytes[..(bytes.Length / 2)]) };
        half.Headers.Authorization = request.Headers.Authorization;
        using var response = await base.SendAsync(half, cancellationToken);
        response.EnsureSuccessStatusCode();
        Dropped++;
        throw new HttpRequestException($"the connection dropped after {bytes.Length / 2} of the chunk's {bytes.Length} bytes");
    }
}
