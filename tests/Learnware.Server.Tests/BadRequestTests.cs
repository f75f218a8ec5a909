using System.IO.Compression;
using System.Net;
using System.Text;

namespace Learnware.Server.Tests;

/// <summary>Bad uploads and requests: each a 4xx problem with the reason, and nothing left behind in the store.</summary>
public sealed class BadRequestTests(DockFactory factory) : IClassFixture<DockFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = (await factory.NewUserClientAsync()).Client;

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "not a zip", Encoding.UTF8.GetBytes("just some text, not an archive") },
        { "zip slip", Zip(("../../escape.txt", "x"u8.ToArray())) },
        { "absolute path", Zip(("/etc/learnware.yaml", "x"u8.ToArray())) },
        { "no manifest", Zip(("model.onnx", new byte[16])) },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task AnUnreadablePackage_Is422_WithTheReader_sReason_AndLeavesNothing(string why, byte[] package)
    {
        var response = await _client.UploadAsync(package);

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, why);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(string.IsNullOrEmpty((await response.JsonAsync()).GetProperty("detail").GetString()));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AFormWithoutThePackageField_Is400_AndABodyThatIsNotAForm_Is415()
    {
        using var noField = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.zip" } };
        var missing = await _client.PostAsync("/api/v1/learnwares", noField);
        var notForm = await _client.PostAsync("/api/v1/learnwares", new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("'package'", (await missing.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notForm.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ASearchWithABadSpecificationOrTop_Is400_WithTheReason()
    {
        using var badSpec = new MultipartFormDataContent { { new ByteArrayContent("{\"not\": \"rkme\"}"u8.ToArray()), "spec", "spec.json" } };
        using var badTop = new MultipartFormDataContent { { new StringContent("many"), "top" } };

        var spec = await _client.PostAsync("/api/v1/search", badSpec);
        var top = await _client.PostAsync("/api/v1/search", badTop);

        Assert.Equal(HttpStatusCode.BadRequest, spec.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, top.StatusCode);
        Assert.Contains("'top'", (await top.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownIds_Are404Problems()
    {
        foreach (var path in new[] { "/api/v1/learnwares/nosuchid0000", "/api/v1/learnwares/nosuchid0000/package" })
        {
            var response = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, await factory.Dock.Store.CountAsync());
        Assert.Equal(0, await factory.Dock.Store.Blobs.ListAsync().CountAsync());
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
