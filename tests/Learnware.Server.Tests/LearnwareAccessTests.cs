using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Server.Accounts;

namespace Learnware.Server.Tests;

/// <summary>Who sees and changes which learnware: deletion, one's own listing by status, the check log, the download count.</summary>
public sealed class LearnwareAccessTests(DockFactory factory) : IClassFixture<DockFactory>
{
    [Fact]
    public async Task Delete_IsForTheOwnerOrAnAdmin_AndRemovesTheLearnwareFromListingAndSearch()
    {
        var (owner, _) = await factory.NewUserClientAsync();
        var (other, _) = await factory.NewUserClientAsync();
        var admin = await factory.AdminClientAsync();
        var anonymous = factory.CreateClient();
        var first = await UploadUsableAsync(owner, "Deletable classifier alpha", 41);
        var second = await UploadUsableAsync(owner, "Deletable classifier beta", 42);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/api/v1/learnwares/{first}")).StatusCode);
        var byOther = await other.DeleteAsync($"/api/v1/learnwares/{first}");
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal("application/problem+json", byOther.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/learnwares/{first}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/learnwares/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/learnwares/{second}")).StatusCode);

        foreach (var id in new[] { first, second })
        {
            Assert.Null(await factory.Dock.Store.GetAsync(id));
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/learnwares/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await owner.DeleteAsync($"/api/v1/learnwares/{id}")).StatusCode);
        }

        var listed = await (await anonymous.GetAsync("/api/v1/learnwares?pageSize=200")).JsonAsync();
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() is var id && (id == first || id == second));
        using var form = new MultipartFormDataContent { { new StringContent("deletable classifier"), "text" } };
        var found = await (await anonymous.PostAsync("/api/v1/search", form)).JsonAsync();
        Assert.DoesNotContain(found.GetProperty("single").EnumerateArray(), r => r.GetProperty("id").GetString() is var id && (id == first || id == second));
    }

    [Fact]
    public async Task Mine_ListsYourOwnInEveryStatus_FilteredByStatus_AndNeedsAnAccount()
    {
        var (owner, ownerId) = await factory.NewUserClientAsync();
        var (other, _) = await factory.NewUserClientAsync();
        var usable = await UploadUsableAsync(owner, "Mine usable classifier", 43);
        var rejected = (await (await owner.UploadAsync(DockPackages.Classifier("Mine rejected classifier", seed: 44, license: "WTFPL"))).JsonAsync())
            .GetProperty("id").GetString()!;
        await WaitStatusAsync(rejected, "rejected");
        var others = await UploadUsableAsync(other, "Someone else's classifier", 45);

        var mine = await (await owner.GetAsync("/api/v1/learnwares?mine=true")).JsonAsync();
        var mineRejected = await (await owner.GetAsync("/api/v1/learnwares?mine=true&status=rejected")).JsonAsync();
        var everyone = await (await factory.CreateClient().GetAsync("/api/v1/learnwares?pageSize=200")).JsonAsync();

        Assert.Equal([rejected, usable], Ids(mine).Order());
        Assert.Equal(2, mine.GetProperty("total").GetInt32());
        Assert.All(mine.GetProperty("items").EnumerateArray(), i => Assert.Equal(ownerId, i.GetProperty("owner").GetString()));
        Assert.Equal([rejected], Ids(mineRejected));
        Assert.Contains(usable, Ids(everyone));
        Assert.Contains(others, Ids(everyone));
        Assert.DoesNotContain(rejected, Ids(everyone));

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/learnwares?mine=true")).StatusCode);
        var badStatus = await owner.GetAsync("/api/v1/learnwares?mine=true&status=approved");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("'status'", (await badStatus.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync("/api/v1/learnwares?status=rejected")).StatusCode);
    }

    [Fact]
    public async Task TheOwnerAndAdmins_SeeARejectedLearnware_WithItsCheckLog_OthersGet404()
    {
        var (owner, _) = await factory.NewUserClientAsync();
        var (other, _) = await factory.NewUserClientAsync();
        var admin = await factory.AdminClientAsync();
        var id = (await (await owner.UploadAsync(DockPackages.Classifier("Rejected for its licence", seed: 46, license: "WTFPL"))).JsonAsync())
            .GetProperty("id").GetString()!;
        await WaitStatusAsync(id, "rejected");

        foreach (var privileged in new[] { owner, admin })
        {
            var detail = await (await privileged.GetAsync($"/api/v1/learnwares/{id}")).JsonAsync();
            Assert.Equal("rejected", detail.GetProperty("status").GetString());
            Assert.Contains(detail.GetProperty("checkLog").EnumerateArray(),
                c => c.GetProperty("status").GetString() == "failed" && c.GetProperty("detail").GetString()!.Contains("WTFPL", StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/learnwares/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/learnwares/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.UploadAsync(DockPackages.Classifier("Hijack", seed: 47), id)).StatusCode);
    }

    [Fact]
    public async Task Details_ShowTheOwnersEmail_AndCountEveryDownload_SingleAndSeveral()
    {
        var email = $"counted-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        var owner = factory.ClientWith(await factory.IssueTokenAsync(email, [DockScopes.Read, DockScopes.Write]));
        var id = await UploadUsableAsync(owner, "Counted classifier", 48);
        var other = await UploadUsableAsync(owner, "Counted classifier two", 49);
        var anonymous = factory.CreateClient();

        var before = await (await anonymous.GetAsync($"/api/v1/learnwares/{id}")).JsonAsync();
        await anonymous.GetByteArrayAsync($"/api/v1/learnwares/{id}/package");
        await anonymous.GetByteArrayAsync($"/api/v1/learnwares/{id}/package");
        (await anonymous.PostAsJsonAsync("/api/v1/learnwares/download", new { ids = new[] { id, other } })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/v1/learnwares/download", new { ids = new[] { id, "nosuchid0000" } })).StatusCode);

        Assert.Equal(0, before.GetProperty("downloads").GetInt32());
        Assert.Equal(email, before.GetProperty("ownerEmail").GetString());
        Assert.Equal(3, (await (await anonymous.GetAsync($"/api/v1/learnwares/{id}")).JsonAsync()).GetProperty("downloads").GetInt32());
        Assert.Equal(1, (await (await anonymous.GetAsync($"/api/v1/learnwares/{other}")).JsonAsync()).GetProperty("downloads").GetInt32());
        var listed = await (await anonymous.GetAsync("/api/v1/learnwares?pageSize=200")).JsonAsync();
        Assert.Equal(email, listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).GetProperty("ownerEmail").GetString());
    }

    private static async Task<string> UploadUsableAsync(HttpClient client, string name, int seed)
    {
        var response = await client.UploadAsync(DockPackages.Classifier(name, seed: seed));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        await client.WaitUsableAsync(id);
        return id;
    }

    private async Task WaitStatusAsync(string id, string status)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((await factory.Dock.Store.GetAsync(id)) is { } stored && Endpoints.LearnwareViews.StatusName(stored.Status) == status)
                return;
            await Task.Delay(100);
        }

        throw new TimeoutException($"learnware {id} did not become {status} within a minute");
    }

    private static string[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
}
