using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Learnware.Market.Storage;

namespace Learnware.Server.Tests;

/// <summary>The learnware and search endpoints, in process: upload, the queue's verdict, listing, download, search.</summary>
public sealed class LearnwareApiTests(DockFactory factory) : IClassFixture<DockFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = (await factory.NewUserClientAsync()).Client;

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnUpload_IsPending_ThenTheQueueMakesItUsable_AndItCanBeFoundAndDownloaded()
    {
        var package = DockPackages.Classifier("Upload flow classifier", seed: 11);

        var response = await _client.UploadAsync(package);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.JsonAsync();
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Equal(1, accepted.GetProperty("version").GetInt32());
        Assert.Equal("pending", accepted.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/learnwares/{id}", response.Headers.Location!.OriginalString);

        var detail = await _client.WaitUsableAsync(id);
        Assert.Equal("usable", detail.GetProperty("status").GetString());
        Assert.Equal("Upload flow classifier", detail.GetProperty("name").GetString());
        Assert.Equal("Upload flow classifier", detail.GetProperty("semantic").GetProperty("Name").GetProperty("Values").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, detail.GetProperty("checkLog").ValueKind);
        var seenByOthers = await (await factory.CreateClient().GetAsync($"/api/v1/learnwares/{id}")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByOthers.GetProperty("checkLog").ValueKind);

        Assert.Equal(package, await _client.GetByteArrayAsync($"/api/v1/learnwares/{id}/package"));

        using var form = new MultipartFormDataContent { { new StringContent("upload flow"), "text" } };
        var found = await (await _client.PostAsync("/api/v1/search", form)).JsonAsync();
        Assert.Contains(found.GetProperty("single").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.True(found.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task TheSamePackageTwice_Is409_NamingTheLearnwareThatHasIt()
    {
        var package = DockPackages.Classifier("Duplicate classifier", seed: 12);
        var first = await (await _client.UploadAsync(package)).JsonAsync();

        var again = await _client.UploadAsync(package);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);
        var problem = await again.JsonAsync();
        Assert.Equal(first.GetProperty("id").GetString(), problem.GetProperty("existingId").GetString());
        Assert.Contains(first.GetProperty("id").GetString()!, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task APackageThatFailsItsChecks_IsRejectedWithTheReason_AndNeverVisible()
    {
        var response = await _client.UploadAsync(DockPackages.Classifier("Unlicensed classifier", seed: 13, license: "WTFPL"));
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;

        StoredLearnware? stored = null;
        for (var attempt = 0; attempt < 600 && stored?.Status is null or LearnwareStatus.Pending or LearnwareStatus.Checking; attempt++)
        {
            await Task.Delay(100);
            stored = await factory.Dock.Store.GetAsync(id);
        }

        Assert.Equal(LearnwareStatus.Rejected, stored!.Status);
        Assert.Contains(CheckLogJson.Parse(stored.CheckLog!).Failures, f => f.Contains("WTFPL", StringComparison.Ordinal));
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/learnwares/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/learnwares/{id}/package")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/learnwares/{id}/package")).StatusCode);
        var listed = await (await anonymous.GetAsync("/api/v1/learnwares?pageSize=200")).JsonAsync();
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task SeveralLearnwares_DownloadAsOneZip_OfTheirPackages()
    {
        var a = DockPackages.Classifier("Zip member A", seed: 14);
        var b = DockPackages.Classifier("Zip member B", centre: 3, seed: 15);
        var idA = (await (await _client.UploadAsync(a)).JsonAsync()).GetProperty("id").GetString()!;
        var idB = (await (await _client.UploadAsync(b)).JsonAsync()).GetProperty("id").GetString()!;
        await _client.WaitUsableAsync(idA);
        await _client.WaitUsableAsync(idB);

        var response = await _client.PostAsJsonAsync("/api/v1/learnwares/download", new { ids = new[] { idA, idB } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal([$"{idA}.zip", $"{idB}.zip"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(a, Read(zip.GetEntry($"{idA}.zip")!));
        Assert.Equal(b, Read(zip.GetEntry($"{idB}.zip")!));
        var unknown = await _client.PostAsJsonAsync("/api/v1/learnwares/download", new { ids = new[] { idA, "nosuchid0000" } });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ANewVersion_IsServedOnceUsable_AndTheListPagesThroughEveryLearnware()
    {
        var v1 = await (await _client.UploadAsync(DockPackages.Classifier("Versioned classifier", seed: 16))).JsonAsync();
        var id = v1.GetProperty("id").GetString()!;
        await _client.WaitUsableAsync(id);

        var v2 = await _client.UploadAsync(DockPackages.Classifier("Versioned classifier", centre: 1, seed: 17), id);

        Assert.Equal(HttpStatusCode.Accepted, v2.StatusCode);
        Assert.Equal(2, (await v2.JsonAsync()).GetProperty("version").GetInt32());
        var served = 1;
        for (var attempt = 0; attempt < 600 && served != 2; attempt++)
        {
            await Task.Delay(100);
            served = (await _client.WaitUsableAsync(id)).GetProperty("version").GetInt32();
        }

        Assert.Equal(2, served);
        var total = (await (await _client.GetAsync("/api/v1/learnwares")).JsonAsync()).GetProperty("total").GetInt32();
        var paged = new List<string>();
        for (var page = 1; page <= total; page++)
        {
            var items = (await (await _client.GetAsync($"/api/v1/learnwares?page={page}&pageSize=1")).JsonAsync()).GetProperty("items");
            paged.AddRange(items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }

        Assert.Equal(total, paged.Distinct().Count());
        Assert.Contains(id, paged);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
