using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Learnware.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests.Client;

/// <summary>Resumable chunked uploads through the API: in order, resumed after a dropped chunk, checked against their SHA-256, owned.</summary>
public sealed class ChunkedUploadTests(DockFactory factory) : IClassFixture<DockFactory>, IAsyncLifetime
{
    private string _token = null!;

    public async Task InitializeAsync()
    {
        var email = $"chunks-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        _token = await factory.IssueTokenAsync(email, ["read", "write"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private LearnwareDockClient Client(params DelegatingHandler[] handlers) =>
        new(factory.CreateDefaultClient(handlers), new DockClientOptions
        {
            Token = _token,
            ChunkThreshold = 256,
            ChunkSize = 512,
            FirstPollDelay = TimeSpan.FromMilliseconds(20),
        });

    private string[] UploadFiles() =>
        Directory.Exists(factory.Options.UploadFolder) ? Directory.GetFiles(factory.Options.UploadFolder) : [];

    [Fact]
    public async Task ALargePackage_GoesUpInChunks_ResumesAfterADroppedChunk_AndArrivesWhole()
    {
        var package = DockPackages.Classifier("Chunked classifier", centre: 70, seed: 51);
        Assert.True(package.Length > 3 * 512, $"the package has {package.Length} bytes: too few chunks to drop the third");
        var dropping = new DroppingHandler(failAt: 3);
        var client = Client(dropping);
        var reports = new List<TransferProgress>();
        var before = UploadFiles();

        var receipt = await client.UploadAsync(new MemoryStream(package), progress: new ProgressRecorder(reports));

        Assert.Equal(1, dropping.Dropped);
        Assert.Equal(LearnwareStatuses.Pending, receipt.Status);
        Assert.Equal(package.Length, reports[^1].Transferred);
        Assert.True((await client.WaitForChecksAsync(receipt)).Usable);
        using var downloaded = new MemoryStream();
        await client.DownloadAsync(receipt.Id, downloaded);
        Assert.Equal(package, downloaded.ToArray());
        Assert.Equal(before.Order(), UploadFiles().Order());
    }

    [Fact]
    public async Task AChunkAtTheWrongOffset_Is409_WithTheExpectedOffset()
    {
        var client = Client();
        var session = await client.StartChunkedUploadAsync();
        var bytes = new MemoryStream(RandomNumberGenerator.GetBytes(1000));
        Assert.Equal(600, (await client.SendChunkAsync(session.UploadId, bytes, 0, 600)).Received);

        var problem = await Assert.ThrowsAsync<DockProblemException>(() => client.SendChunkAsync(session.UploadId, bytes, 500, 500));

        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal(600, problem.Extensions["expectedOffset"].GetInt64());
        Assert.Contains("offset 600, not 500", problem.Detail);
        Assert.Equal(600, (await client.GetChunkedUploadAsync(session.UploadId)).Received);
    }

    [Fact]
    public async Task AWrongSha256_Is422_AndRemovesTheUpload()
    {
        var client = Client();
        var session = await client.StartChunkedUploadAsync();
        var bytes = DockPackages.Classifier("Chunked wrong hash", seed: 52);
        await client.SendChunkAsync(session.UploadId, new MemoryStream(bytes), 0, bytes.Length);
        var wrong = Convert.ToHexStringLower(SHA256.HashData(bytes[1..]));

        var problem = await Assert.ThrowsAsync<DockProblemException>(() => client.CompleteChunkedUploadAsync(session.UploadId, wrong));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.Status);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)), problem.Detail);
        Assert.DoesNotContain(UploadFiles(), f => f.Contains(session.UploadId, StringComparison.Ordinal));
        var gone = await Assert.ThrowsAsync<DockProblemException>(() => client.GetChunkedUploadAsync(session.UploadId));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal(0, (await factory.Dock.Store.ListAsync()).Count(l => l.Name == "Chunked wrong hash"));
    }

    [Fact]
    public async Task AMalformedSha256_Is400_AndKeepsTheUpload()
    {
        var client = Client();
        var session = await client.StartChunkedUploadAsync();
        await client.SendChunkAsync(session.UploadId, new MemoryStream([1, 2, 3]), 0, 3);

        var problem = await Assert.ThrowsAsync<DockProblemException>(() => client.CompleteChunkedUploadAsync(session.UploadId, "../../etc"));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains("'sha256'", problem.Detail);
        Assert.Equal(3, (await client.GetChunkedUploadAsync(session.UploadId)).Received);
    }

    [Fact]
    public async Task AnUpload_IsItsOwnersOnly_AndNeedsTheWriteScope()
    {
        var session = await Client().StartChunkedUploadAsync();
        var (other, _) = await factory.NewUserClientAsync();
        var (readOnly, _) = await factory.NewUserClientAsync("read");
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/uploads/{session.UploadId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsync($"/api/v1/uploads/{session.UploadId}?offset=0", new ByteArrayContent([1]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/uploads/{session.UploadId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/uploads", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/uploads/{session.UploadId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync("/api/v1/uploads", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await readOnly.PostAsJsonAsync($"/api/v1/uploads/{session.UploadId}/complete", new { sha256 = new string('0', 64) })).StatusCode);
        Assert.Equal(0, (await Client().GetChunkedUploadAsync(session.UploadId)).Received);
    }

    [Fact]
    public async Task AnAbandonedUpload_IsDeleted()
    {
        var client = Client();
        var session = await client.StartChunkedUploadAsync();
        using var http = factory.ClientWith(_token);

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/v1/uploads/{session.UploadId}")).StatusCode);

        Assert.DoesNotContain(UploadFiles(), f => f.Contains(session.UploadId, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/uploads/{session.UploadId}")).StatusCode);
    }

    [Fact]
    public async Task AnIdThatIsNotAnUploadId_Is404_WithoutTouchingTheFileSystem()
    {
        using var http = factory.ClientWith(_token);

        var response = await http.GetAsync("/api/v1/uploads/..%2F..%2Fdock");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
