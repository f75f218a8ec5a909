using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Server.Accounts;

namespace Learnware.Server.Tests;

/// <summary>The admin endpoints: accounts (roles, locks, deletion), every learnware in every status, the summary.</summary>
public sealed class AdminTests(DockFactory factory) : IClassFixture<DockFactory>
{
    [Fact]
    public async Task OnlyAdmins_ReachTheAdminEndpoints()
    {
        var (user, _) = await factory.NewUserClientAsync();
        var admin = await factory.AdminClientAsync();

        foreach (var path in new[] { "/api/v1/admin/users", "/api/v1/admin/learnwares", "/api/v1/admin/summary" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task AnAdmin_PromotesLocksUnlocksAndDeletesAnAccount_WhichTakesEffectOnItsToken()
    {
        var admin = await factory.AdminClientAsync();
        var (user, id) = await factory.NewUserClientAsync();
        var listed = await (await admin.GetAsync("/api/v1/admin/users")).JsonAsync();
        Assert.Equal("user", Account(listed, id).GetProperty("role").GetString());
        Assert.Equal("admin", listed.EnumerateArray().Single(a => a.GetProperty("email").GetString() == AccountsStartup.AdminEmail).GetProperty("role").GetString());

        var promoted = await (await admin.PatchAsJsonAsync($"/api/v1/admin/users/{id}", new { role = "admin" })).JsonAsync();
        Assert.Equal("admin", promoted.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/admin/users")).StatusCode);

        var locked = await (await admin.PatchAsJsonAsync($"/api/v1/admin/users/{id}", new { role = "user", locked = true })).JsonAsync();
        Assert.True(locked.GetProperty("locked").GetBoolean());
        var refused = await user.GetAsync("/api/v1/tokens");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("locked", (await refused.JsonAsync()).GetProperty("detail").GetString());

        Assert.False((await (await admin.PatchAsJsonAsync($"/api/v1/admin/users/{id}", new { locked = false })).JsonAsync()).GetProperty("locked").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/admin/users")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/users/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/tokens")).StatusCode);
        Assert.DoesNotContain((await (await admin.GetAsync("/api/v1/admin/users")).JsonAsync()).EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/users/{id}")).StatusCode);
    }

    [Fact]
    public async Task ALockOrARoleChange_EndsTheAccountsPasswordSignIns_UntilItSignsInAgain()
    {
        var admin = await factory.AdminClientAsync();
        var email = $"session-{Guid.NewGuid():N}@example.org";
        var id = await factory.CreateUserAsync(email);
        var session = factory.ClientWith(await factory.LoginAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/tokens")).StatusCode);

        (await admin.PatchAsJsonAsync($"/api/v1/admin/users/{id}", new { role = "admin" })).EnsureSuccessStatusCode();
        var stale = await session.GetAsync("/api/v1/admin/users");
        var renewed = factory.ClientWith(await factory.LoginAsync(email));

        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Contains("sign in again", (await stale.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/admin/users")).StatusCode);

        (await admin.PatchAsJsonAsync($"/api/v1/admin/users/{id}", new { locked = true })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await renewed.GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email, password = DockFactory.UserPassword })).StatusCode);
    }

    [Fact]
    public async Task TheLastAdmin_CannotBeDemotedLockedOrDeleted_AndABadRoleIs400()
    {
        var admin = await factory.AdminClientAsync();
        var adminId = (await (await admin.GetAsync("/api/v1/admin/users")).JsonAsync()).EnumerateArray()
            .Single(a => a.GetProperty("email").GetString() == AccountsStartup.AdminEmail).GetProperty("id").GetString()!;

        var demote = await admin.PatchAsJsonAsync($"/api/v1/admin/users/{adminId}", new { role = "user" });
        var lockIt = await admin.PatchAsJsonAsync($"/api/v1/admin/users/{adminId}", new { locked = true });
        var delete = await admin.DeleteAsync($"/api/v1/admin/users/{adminId}");
        var badRole = await admin.PatchAsJsonAsync($"/api/v1/admin/users/{adminId}", new { role = "owner" });

        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("only admin", (await demote.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, lockIt.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/users")).StatusCode);
    }

    [Fact]
    public async Task TheSummary_CountsStatusesTagsUploadsAndDownloads_AndTheAdminListShowsEveryStatus()
    {
        using var dock = new DockFactory();
        var firstDay = Today();
        var admin = await dock.AdminClientAsync();
        var (user, userId) = await dock.NewUserClientAsync();
        var usable = (await (await user.UploadAsync(DockPackages.Classifier("Summary usable", seed: 71))).JsonAsync()).GetProperty("id").GetString()!;
        var rejected = (await (await user.UploadAsync(DockPackages.Classifier("Summary rejected", seed: 72, license: "WTFPL"))).JsonAsync())
            .GetProperty("id").GetString()!;
        await user.WaitUsableAsync(usable);
        for (var attempt = 0; attempt < 600 && (await dock.Dock.Store.GetAsync(rejected))!.Status != Market.Storage.LearnwareStatus.Rejected; attempt++)
            await Task.Delay(100);
        await dock.CreateClient().GetByteArrayAsync($"/api/v1/learnwares/{usable}/package");
        await dock.CreateClient().GetByteArrayAsync($"/api/v1/learnwares/{usable}/package");

        var summary = await (await admin.GetAsync("/api/v1/admin/summary")).JsonAsync();
        var everything = await (await admin.GetAsync("/api/v1/admin/learnwares")).JsonAsync();
        var onlyRejected = await (await admin.GetAsync("/api/v1/admin/learnwares?status=rejected")).JsonAsync();

        Assert.Equal(2, summary.GetProperty("learnwares").GetInt32());
        var byStatus = summary.GetProperty("byStatus");
        Assert.Equal((1, 1, 0, 0), (byStatus.GetProperty("usable").GetInt32(), byStatus.GetProperty("rejected").GetInt32(),
            byStatus.GetProperty("pending").GetInt32(), byStatus.GetProperty("checking").GetInt32()));
        var tags = summary.GetProperty("tags");
        Assert.Equal(1, tags.GetProperty("license").GetProperty("MIT").GetInt32());
        Assert.Equal(1, tags.GetProperty("license").GetProperty("WTFPL").GetInt32());
        Assert.Equal(2, tags.GetProperty("task").GetProperty("Classification").GetInt32());
        var lastDay = Today();
        foreach (var days in new[] { summary.GetProperty("uploadsPerDay"), summary.GetProperty("downloadsPerDay") })
        {
            Assert.Equal(2, Days(days).Sum(d => d.Item2));
            Assert.All(Days(days), d => Assert.InRange(DateOnly.Parse(d.Item1, System.Globalization.CultureInfo.InvariantCulture), firstDay, lastDay));
        }

        Assert.Equal(2, summary.GetProperty("accounts").GetInt32());
        Assert.Equal(new[] { rejected, usable }.Order(), everything.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order());
        Assert.All(everything.GetProperty("items").EnumerateArray(), i => Assert.Equal(userId, i.GetProperty("owner").GetString()));
        Assert.Equal([rejected], onlyRejected.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private static JsonElement Account(JsonElement accounts, string id) => accounts.EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);

    private static (string, int)[] Days(JsonElement days) =>
        days.EnumerateArray().Select(d => (d.GetProperty("day").GetString()!, d.GetProperty("count").GetInt32())).ToArray();
}
