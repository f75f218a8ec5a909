using System.Net;
using System.Net.Http.Json;
using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests;

/// <summary>Accounts, sign-in, API tokens and who may upload: each refusal a problem with its status and reason.</summary>
public sealed class AccountTests(DockFactory factory) : IClassFixture<DockFactory>
{
    [Fact]
    public async Task ARegisteredUser_SignsIn_ToABearerToken_ThatUploads_AndTheOwnerIsTheAccountId()
    {
        var email = $"owner-{Guid.NewGuid():N}@example.org";
        var id = await factory.CreateUserAsync(email);

        var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = DockFactory.UserPassword });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var body = await login.JsonAsync();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refreshToken").GetString()));
        var upload = await factory.ClientWith(body.GetProperty("accessToken").GetString()!)
            .UploadAsync(DockPackages.Classifier("Owned classifier", seed: 31));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var stored = await factory.Dock.Store.GetAsync((await upload.JsonAsync()).GetProperty("id").GetString()!);
        Assert.Equal(id, stored!.Owner);
        Assert.Equal([DockRoles.User], await RolesAsync(email));
    }

    [Fact]
    public async Task TheAdminAccount_ExistsWithTheConfiguredPassword_AndTheAdminRole()
    {
        var token = await factory.LoginAsync(AccountsStartup.AdminEmail, DockFactory.AdminPassword);

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal([DockRoles.Admin, DockRoles.User], (await RolesAsync(AccountsStartup.AdminEmail)).Order());
    }

    [Fact]
    public async Task AnAnonymousUpload_Is401_AProblemThatSaysHowToAuthenticate()
    {
        var before = await factory.Dock.Store.CountAsync();

        var response = await factory.CreateClient().UploadAsync(DockPackages.Classifier("Anonymous classifier", seed: 32));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Authorization: Bearer", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(before, await factory.Dock.Store.CountAsync());
    }

    [Fact]
    public async Task AReadOnlyToken_Reads_ButCannotUploadOrIssueTokens_403()
    {
        var (client, _) = await factory.NewUserClientAsync(DockScopes.Read);

        var upload = await client.UploadAsync(DockPackages.Classifier("Read-only classifier", seed: 33));
        var issue = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "more", scopes = new[] { "read" } });
        var list = await client.GetAsync("/api/v1/tokens");

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal("application/problem+json", upload.Content.Headers.ContentType!.MediaType);
        Assert.Contains("token scopes: read", (await upload.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, issue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task AWriteOnlyToken_CannotIssueATokenWithMoreScopesThanItHas()
    {
        var (client, _) = await factory.NewUserClientAsync(DockScopes.Write);

        var wider = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "wider", scopes = new[] { "read", "write" } });
        var same = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "same", scopes = new[] { "write" } });

        Assert.Equal(HttpStatusCode.Forbidden, wider.StatusCode);
        Assert.Contains("read", (await wider.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, same.StatusCode);
    }

    [Fact]
    public async Task ATokenIsStoredOnlyAsTheSha256OfItsSecret_AndListedWithoutIt()
    {
        var email = $"hash-{Guid.NewGuid():N}@example.org";
        var userId = await factory.CreateUserAsync(email);
        var signedIn = factory.ClientWith(await factory.LoginAsync(email));

        var response = await signedIn.PostAsJsonAsync("/api/v1/tokens", new { name = "ci", scopes = new[] { "read" }, expiresInDays = 7 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.JsonAsync();
        var secret = issued.GetProperty("token").GetString()!;
        Assert.StartsWith(ApiTokens.SecretPrefix, secret);
        Assert.True(secret.Length >= ApiTokens.SecretPrefix.Length + 43, "256 random bits in base64url");
        var row = await WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.UserId == userId));
        Assert.Equal(issued.GetProperty("id").GetString(), row.Id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))), row.SecretHash);
        Assert.DoesNotContain(secret[ApiTokens.SecretPrefix.Length..], File.ReadAllText(AccountsDatabase(), System.Text.Encoding.Latin1));
        var listed = await signedIn.GetStringAsync("/api/v1/tokens");
        Assert.Contains(row.Id, listed);
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(row.SecretHash, listed);
    }

    [Fact]
    public async Task ARevokedToken_Is401_WithTheReason()
    {
        var email = $"revoke-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        var secret = await factory.IssueTokenAsync(email, [DockScopes.Read, DockScopes.Write]);
        var tokenClient = factory.ClientWith(secret);
        Assert.Equal(HttpStatusCode.OK, (await tokenClient.GetAsync("/api/v1/tokens")).StatusCode);
        var id = (await (await tokenClient.GetAsync("/api/v1/tokens")).JsonAsync())[0].GetProperty("id").GetString();

        var revoke = await factory.ClientWith(await factory.LoginAsync(email)).DeleteAsync($"/api/v1/tokens/{id}");
        var after = await tokenClient.GetAsync("/api/v1/tokens");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("revoked", (await after.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.UploadAsync(DockPackages.Classifier("Revoked", seed: 34))).StatusCode);
    }

    [Fact]
    public async Task AnExpiredToken_Is401_WithTheReason()
    {
        var email = $"expire-{Guid.NewGuid():N}@example.org";
        var userId = await factory.CreateUserAsync(email);
        var secret = await factory.IssueTokenAsync(email, [DockScopes.Read], expiresInDays: 1);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientWith(secret).GetAsync("/api/v1/tokens")).StatusCode);
        await WithDbAsync(async db =>
        {
            var token = await db.ApiTokens.SingleAsync(t => t.UserId == userId);
            token.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            return await db.SaveChangesAsync();
        });

        var response = await factory.ClientWith(secret).GetAsync("/api/v1/tokens");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownTokenOrAForgedAccessToken_Is401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await factory.ClientWith(ApiTokens.SecretPrefix + new string('A', 43)).GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientWith("not-a-real-access-token").GetAsync("/api/v1/tokens")).StatusCode);
    }

    [Fact]
    public async Task PasswordsAreStoredAsIdentityHashes_NeverInTheClear()
    {
        var email = $"hashed-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DockUser>>();
        var user = (await users.FindByEmailAsync(email))!;

        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain(DockFactory.UserPassword, user.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash, DockFactory.UserPassword));
        Assert.Equal(PasswordVerificationResult.Failed, users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash, "Other-Password-1"));
        Assert.DoesNotContain(DockFactory.UserPassword, File.ReadAllText(AccountsDatabase(), System.Text.Encoding.Latin1));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefused()
    {
        var email = $"lockout-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        var client = factory.CreateClient();

        for (var i = 0; i < factory.Options.MaxFailedSignIns; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"Wrong-Password-{i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DockFactory.UserPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("LockedOut", (await right.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ACookieSignIn_AuthenticatesTheBrowser()
    {
        var email = $"cookie-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        var browser = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/tokens")).StatusCode);

        var login = await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = DockFactory.UserPassword });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/tokens")).StatusCode);
    }

    [Fact]
    public async Task ANewVersion_IsForTheOwnerOrAnAdmin_OthersGet403()
    {
        var (owner, _) = await factory.NewUserClientAsync();
        var (other, _) = await factory.NewUserClientAsync();
        var admin = await factory.AdminClientAsync();
        var id = (await (await owner.UploadAsync(DockPackages.Classifier("Guarded classifier", seed: 35))).JsonAsync()).GetProperty("id").GetString()!;
        await owner.WaitUsableAsync(id);

        var byOther = await other.UploadAsync(DockPackages.Classifier("Guarded classifier", centre: 1, seed: 36), id);
        var byAdmin = await admin.UploadAsync(DockPackages.Classifier("Guarded classifier", centre: 2, seed: 37), id);

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Contains("owner", (await byOther.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Accepted, byAdmin.StatusCode);
        Assert.Equal(2, (await factory.Dock.Store.ListVersionsAsync(id)).Count);
    }

    private async Task<IList<string>> RolesAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DockUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<T> WithDbAsync<T>(Func<DockIdentityDbContext, Task<T>> use)
    {
        using var scope = factory.Services.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<DockIdentityDbContext>());
    }

    private string AccountsDatabase() => Path.Combine(factory.Options.DataFolder, "accounts.db");
}
