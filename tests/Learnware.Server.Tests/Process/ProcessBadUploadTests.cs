using System.Net;
using Learnware.Market.Storage;
using Learnware.Tests.Models;

namespace Learnware.Server.Tests.Process;

/// <summary>
/// Bad uploads against a real dock process: each is refused with a 4xx problem naming the reason and leaves no record,
/// blob or unfinished write in the data folder; a package that reads but must not run is rejected by the queue with
/// the reason and never shown.
/// </summary>
[Collection(DockProcessCollection.Name)]
public sealed class ProcessBadUploadTests(RunningDock running) : IClassFixture<RunningDock>
{
    private DockProcess Dock => running.Dock;

    [Theory]
    [MemberData(nameof(BadPackages.Unreadable), MemberType = typeof(BadPackages))]
    public Task AnUnreadablePackage_Is422_WithTheReason_AndLeavesNothing(string why, byte[] package, string reason) =>
        RefusedAndNothingLeftAsync(async client =>
        {
            var response = await client.UploadAsync(package);

            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{why}: {response.StatusCode}");
            await AssertProblemAsync(response, reason);
        });

    [Fact]
    public Task AFormWithoutThePackageField_Is400_AndABodyThatIsNotAForm_Is415() => RefusedAndNothingLeftAsync(async client =>
    {
        using var noField = new MultipartFormDataContent { { new ByteArrayContent(BadPackages.Zip(("a.txt", [1]))), "file", "x.zip" } };
        var missing = await client.PostAsync("/api/v1/learnwares", noField);
        var notForm = await client.PostAsync("/api/v1/learnwares", new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        await AssertProblemAsync(missing, $"no file field '{UploadedPackage.Field}'");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notForm.StatusCode);
        await AssertProblemAsync(notForm, "multipart/form-data");
    });

    [Fact]
    public Task ABodyDeclaringTwoGigabytes_Is413_BeforeTheBodyIsSent() => RefusedAndNothingLeftAsync(async client =>
    {
        var body = new StallingUpload(declaredBytes: BadPackages.TwoGigabytes, sentBytes: 64 * 1024);
        using var form = new MultipartFormDataContent { { body, UploadedPackage.Field, "huge.zip" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/learnwares") { Content = form };
        // The client waits for the dock's go-ahead before sending the body; the dock answers from the headers alone.
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertProblemAsync(response, "a package may have at most");
        Assert.False(body.Sent.IsCompleted, "the body was sent although the dock had refused it");
    });

    [Fact]
    public Task AModelWithExternalData_IsRejectedByTheQueue_WithTheReason_AndNeverShown() =>
        running.Processes.RunAsync(async () =>
        {
            using var client = await Dock.AuthorizedClientAsync();
            var package = DockPackages.RegressorWithModel("Regressor reading a file beside it", (input, output) => new OnnxGraph("main")
                .Input(input, OnnxGraph.Float, -1, DockPackages.Features)
                .ExternalInitializer("weights", "secret.txt", [DockPackages.Features])
                .Node("MatMul", [input, "weights"], [output])
                .Output(output, OnnxGraph.Float, -1)
                .ToBytes(), seed: 41);

            var response = await client.UploadAsync(package);

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
            await Dock.WaitForOutputAsync($"Verified learnware {id} version 1: rejected", TimeSpan.FromSeconds(30));
            using var store = await DockDataFolder.OpenStoreAsync(Dock.DataFolder);
            var stored = (await store.GetAsync(id))!;
            Assert.Equal(LearnwareStatus.Rejected, stored.Status);
            Assert.Contains(CheckLogJson.Parse(stored.CheckLog!).Failures, f => f.Contains("external file", StringComparison.Ordinal));
            // The uploader (an admin here) sees the verdict and its log; anyone else sees nothing.
            var detail = await (await client.GetAsync($"/api/v1/learnwares/{id}")).JsonAsync();
            Assert.Equal("rejected", detail.GetProperty("status").GetString());
            Assert.Contains("external file", detail.GetProperty("checkLog").GetRawText(), StringComparison.Ordinal);
            using var anonymous = Dock.Client();
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/learnwares/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/learnwares/{id}/package")).StatusCode);
            var listed = await (await anonymous.GetAsync("/api/v1/learnwares?pageSize=200")).JsonAsync();
            Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        });

    private static async Task AssertProblemAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(reason, (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Runs a refused request and checks that the data folder holds exactly what it held before.</summary>
    private Task RefusedAndNothingLeftAsync(Func<HttpClient, Task> refused) => running.Processes.RunAsync(async () =>
    {
        using var client = await Dock.AuthorizedClientAsync();
        using var store = await DockDataFolder.OpenStoreAsync(Dock.DataFolder);
        var (records, blobs) = (await store.CountAsync(), await DockDataFolder.BlobCountAsync(store));

        await refused(client);

        Assert.Equal(records, await store.CountAsync());
        Assert.Equal(blobs, await DockDataFolder.BlobCountAsync(store));
        Assert.Empty(DockDataFolder.UnfinishedBlobWrites(Dock.DataFolder));
        Assert.True(Dock.Running, "the dock stopped");
    });
}
