using System.IO.Compression;
using System.Net;
using Learnware.Client;

namespace Learnware.Server.Tests.Client;

/// <summary>The typed client against the dock in process: every call, and the dock's refusals as typed problems.</summary>
public sealed class DockClientTests(DockFactory factory) : IClassFixture<DockFactory>, IAsyncLifetime
{
    /// <summary>A user's client with a read and write token.</summary>
    private LearnwareDockClient _client = null!;

    private string _userId = null!;

    public async Task InitializeAsync()
    {
        var (http, userId) = await factory.NewUserClientAsync();
        (_client, _userId) = (new LearnwareDockClient(http), userId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Health_AndTags_AreRead()
    {
        var health = await _client.HealthAsync();
        Assert.True(health.Healthy, health.ToString());
        Assert.True(health.Database);

        var tags = await _client.TagsAsync();
        Assert.Contains("Classification", tags.Task);
        Assert.Contains("Table", tags.Data);
        Assert.Contains("MIT", tags.License);
    }

    [Fact]
    public async Task AnUpload_ReportsItsProgress_BecomesUsable_AndIsListedFoundAndDownloadedByteForByte()
    {
        var package = DockPackages.Classifier("Client flow classifier", centre: 40, seed: 31);
        var reports = new List<TransferProgress>();

        var receipt = await _client.UploadAsync(new MemoryStream(package), progress: new ProgressRecorder(reports));

        Assert.Equal(1, receipt.Version);
        Assert.Equal(LearnwareStatuses.Pending, receipt.Status);
        Assert.Equal(new TransferProgress(package.Length, package.Length), reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.Transferred < p.Second.Transferred), "progress goes forward");

        var checkedUpload = await _client.WaitForChecksAsync(receipt);
        Assert.True(checkedUpload.Usable, checkedUpload.ToString());
        Assert.Empty(checkedUpload.Failures);
        var detail = await _client.StatusAsync(receipt.Id);
        Assert.Equal(_userId, detail.Owner);
        Assert.NotNull(detail.CheckLog);
        Assert.All(detail.CheckLog, c => Assert.False(c.Failed, c.ToString()));
        Assert.Equal(LearnwareStatuses.Usable, detail.Status);
        Assert.Equal("Client flow classifier", detail.Name);
        Assert.Equal(LearnwareStatuses.Usable, detail.StatusOf(1));
        Assert.Null(detail.StatusOf(2));
        Assert.Equal(package.Length, detail.Versions.Single().Size);

        var page = await _client.ListAsync(new ListRequest { PageSize = 200 });
        Assert.Contains(page.Items, s => s.Id == receipt.Id && s.Name == "Client flow classifier" && s.Dimension == DockPackages.Features);
        Assert.True(page.Total >= page.Items.Count);

        // A user whose data lies around the same centre finds it first by specification.
        var found = await _client.SearchAsync(new SearchRequest { SpecJson = ClientTestData.UserSpec(40, seed: 32), Top = 5 });
        Assert.Equal(receipt.Id, found.Single[0].Id);
        Assert.NotNull(found.Single[0].Mmd2);
        Assert.True(found.Total >= 1);

        using var downloaded = new MemoryStream();
        var downloads = new List<TransferProgress>();
        await _client.DownloadAsync(receipt.Id, downloaded, new ProgressRecorder(downloads));
        Assert.Equal(package, downloaded.ToArray());
        Assert.Equal(package.Length, downloads[^1].Transferred);

        Assert.Equal(1, (await _client.StatusAsync(receipt.Id)).Downloads);

        using var many = new MemoryStream();
        await _client.DownloadManyAsync([receipt.Id], many);
        using var zip = new ZipArchive(new MemoryStream(many.ToArray()));
        var entry = Assert.Single(zip.Entries);
        Assert.Equal($"{receipt.Id}.zip", entry.FullName);
        using var inner = new MemoryStream();
        await using (var stream = await entry.OpenAsync())
            await stream.CopyToAsync(inner);
        Assert.Equal(package, inner.ToArray());
    }

    [Fact]
    public async Task TheSamePackageTwice_IsAConflictProblem_NamingTheExistingLearnware()
    {
        var package = DockPackages.Classifier("Client duplicate", seed: 33);
        var first = await _client.UploadAsync(new MemoryStream(package));

        var problem = await Assert.ThrowsAsync<DockProblemException>(() => _client.UploadAsync(new MemoryStream(package)));

        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal("Package already in the dock", problem.Title);
        Assert.Contains(first.Id, problem.Detail);
        Assert.Equal(first.Id, problem.Extensions["existingId"].GetString());
    }

    [Fact]
    public async Task NotAZip_IsAnUnprocessableProblem_WithTheReadersReason()
    {
        var problem = await Assert.ThrowsAsync<DockProblemException>(() => _client.UploadAsync(new MemoryStream("not a zip"u8.ToArray())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.Status);
        Assert.Equal("Not a readable learnware package", problem.Title);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
    }

    [Fact]
    public async Task AnUnknownId_IsNotFound_ForStatusAndDownload()
    {
        var status = await Assert.ThrowsAsync<DockProblemException>(() => _client.StatusAsync("no-such-learnware"));
        Assert.Equal(HttpStatusCode.NotFound, status.Status);
        Assert.Contains("no-such-learnware", status.Detail);

        var download = await Assert.ThrowsAsync<DockProblemException>(() => _client.DownloadAsync("no-such-learnware", Stream.Null));
        Assert.Equal(HttpStatusCode.NotFound, download.Status);
    }

    [Fact]
    public async Task AnIdIsOnePathSegment_SoItCannotReachAnotherRoute()
    {
        // Unescaped, "x/package" would fetch learnware x's package; escaped, it is an id that does not exist.
        var problem = await Assert.ThrowsAsync<DockProblemException>(() => _client.StatusAsync("../tags"));
        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
    }

    [Fact]
    public async Task AnOutOfRangeSearch_IsABadRequestProblem_SayingWhichField()
    {
        var problem = await Assert.ThrowsAsync<DockProblemException>(() => _client.SearchAsync(new SearchRequest { Text = "x", Top = 0 }));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains("'top'", problem.Detail);
    }

    [Fact]
    public async Task ARejectedUpload_WaitsToRejected_WithTheFailedCheck_AndIsListedAsMineButNotForOthers()
    {
        var receipt = await _client.UploadAsync(new MemoryStream(DockPackages.Classifier("Client unlicensed", seed: 34, license: "WTFPL")));

        var checkedUpload = await _client.WaitForChecksAsync(receipt);

        Assert.Equal(LearnwareStatuses.Rejected, checkedUpload.Status);
        Assert.False(checkedUpload.Usable);
        Assert.Contains(checkedUpload.Failures, f => f.Detail is { } detail && detail.Contains("WTFPL", StringComparison.Ordinal));
        var mine = await _client.ListAsync(new ListRequest { Mine = true, Status = LearnwareStatuses.Rejected });
        Assert.Contains(mine.Items, s => s.Id == receipt.Id && s.Status == LearnwareStatuses.Rejected);
        var everyone = await new LearnwareDockClient(factory.CreateClient()).ListAsync(new ListRequest { PageSize = 200 });
        Assert.DoesNotContain(everyone.Items, s => s.Id == receipt.Id);
    }

    [Fact]
    public async Task Delete_RemovesTheLearnware_ForItsOwnerOnly()
    {
        var receipt = await _client.UploadAsync(new MemoryStream(DockPackages.Classifier("Client deleted", seed: 35)));
        Assert.True((await _client.WaitForChecksAsync(receipt)).Usable);
        var (otherHttp, _) = await factory.NewUserClientAsync();

        var forbidden = await Assert.ThrowsAsync<DockProblemException>(() => new LearnwareDockClient(otherHttp).DeleteAsync(receipt.Id));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);

        await _client.DeleteAsync(receipt.Id);

        var gone = await Assert.ThrowsAsync<DockProblemException>(() => _client.StatusAsync(receipt.Id));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task UploadingAnonymously_Is401_AndWithAReadOnlyToken_403()
    {
        var package = DockPackages.Classifier("Client refused upload", seed: 36);

        var anonymous = await Assert.ThrowsAsync<DockProblemException>(
            () => new LearnwareDockClient(factory.CreateClient()).UploadAsync(new MemoryStream(package)));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);

        var (readOnly, _) = await factory.NewUserClientAsync("read");
        var forbidden = await Assert.ThrowsAsync<DockProblemException>(() => new LearnwareDockClient(readOnly).UploadAsync(new MemoryStream(package)));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
    }

    [Fact]
    public async Task TheTokenOption_IsSentAsABearerToken()
    {
        var email = $"client-{Guid.NewGuid():N}@example.org";
        var userId = await factory.CreateUserAsync(email);
        var token = await factory.IssueTokenAsync(email, ["read", "write"]);
        using var client = new LearnwareDockClient(factory.CreateClient(), new DockClientOptions { Token = token });

        var receipt = await client.UploadAsync(new MemoryStream(DockPackages.Classifier("Client token option", seed: 37)));

        var mine = await client.ListAsync(new ListRequest { Mine = true });
        Assert.Equal(receipt.Id, Assert.Single(mine.Items).Id);
        Assert.Equal(userId, mine.Items[0].Owner);
        Assert.Equal(email, mine.Items[0].OwnerEmail);
    }
}
