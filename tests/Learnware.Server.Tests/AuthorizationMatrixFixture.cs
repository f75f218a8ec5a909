using System.Net.Http.Json;
using System.Text;
using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests;

/// <summary>
/// One dock with every kind of caller and the things they act on: a learnware owned by "owner", spare learnwares and
/// accounts for the callers allowed to delete them, a spare token of the owner's, a refresh token and an e-mail code.
/// Cases run in any order, so no case changes what another relies on.
/// </summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    public DockFactory Dock { get; } = new();

    public Dictionary<MatrixCaller, HttpClient> Clients { get; } = [];

    /// <summary>Placeholders in the matrix's paths and bodies, by caller (a caller without its own value uses <see cref="Shared"/>).</summary>
    public Dictionary<(MatrixCaller, string), string> PerCaller { get; } = [];

    public Dictionary<string, string> Shared { get; } = [];

    public async Task InitializeAsync()
    {
        const string ownerEmail = "matrix-owner@example.org";
        await Dock.CreateUserAsync(ownerEmail);
        using (var scope = Dock.Services.CreateScope())
        {
            // Made before the owner signs in, or the first call of manage/2fa would make it, changing the security
            // stamp that the sign-in, the e-mail code and the refresh token are bound to.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DockUser>>();
            await users.ResetAuthenticatorKeyAsync((await users.FindByEmailAsync(ownerEmail))!);
        }

        var (user, _) = await Dock.NewUserClientAsync();
        var owner = Dock.ClientWith(await Dock.IssueTokenAsync(ownerEmail, [DockScopes.Read, DockScopes.Write]));
        Clients[MatrixCaller.Anonymous] = Dock.CreateClient();
        Clients[MatrixCaller.User] = user;
        Clients[MatrixCaller.Owner] = owner;
        Clients[MatrixCaller.Admin] = await Dock.AdminClientAsync();
        Clients[MatrixCaller.Session] = Dock.ClientWith(await Dock.LoginAsync(ownerEmail));
        Clients[MatrixCaller.ReadOnly] = Dock.ClientWith(await Dock.IssueTokenAsync(ownerEmail, [DockScopes.Read]));
        Clients[MatrixCaller.Expired] = Dock.ClientWith(await Dock.IssueTokenAsync(ownerEmail, [DockScopes.Read, DockScopes.Write]));
        Clients[MatrixCaller.Revoked] = Dock.ClientWith(await Dock.IssueTokenAsync(ownerEmail, [DockScopes.Read, DockScopes.Write]));
        await Dock.IssueTokenAsync(ownerEmail, [DockScopes.Read]);

        using (var scope = Dock.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DockIdentityDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DockUser>>();
            var ownerAccount = (await users.FindByEmailAsync(ownerEmail))!;
            // The owner's tokens in order of issue: read-write, read, expired, revoked, spare.
            var tokens = (await db.ApiTokens.Where(t => t.UserId == ownerAccount.Id).ToListAsync()).OrderBy(t => t.CreatedAt).ToArray();
            tokens[2].ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            tokens[3].RevokedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
            Shared["{token}"] = tokens[4].Id;
            Shared["{ownerId}"] = ownerAccount.Id;
            Shared["{code}"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(ownerAccount)));
        }

        Shared["{ownerEmail}"] = ownerEmail;
        Shared["{refreshToken}"] = await RefreshTokenAsync(ownerEmail);
        Shared["{target}"] = await UploadUsableAsync(owner, "Matrix target", 80);
        Shared["{deletable}"] = Shared["{target}"];
        var seed = 81;
        foreach (var caller in new[] { MatrixCaller.Owner, MatrixCaller.Admin, MatrixCaller.Session })
            PerCaller[(caller, "{deletable}")] = await UploadUsableAsync(owner, $"Matrix deletable {caller}", seed++);
        Shared["{account}"] = await Dock.CreateUserAsync("matrix-bystander@example.org");
        Shared["{deletableAccount}"] = Shared["{account}"];
        PerCaller[(MatrixCaller.Admin, "{deletableAccount}")] = await Dock.CreateUserAsync("matrix-victim@example.org");

        // Chunked uploads are their account's alone: the owner's token and session each get their own (a chunk at
        // offset 0 succeeds once, completing or deleting ends one); everyone else tries the owner's token's.
        foreach (var caller in new[] { MatrixCaller.Owner, MatrixCaller.Session })
        {
            foreach (var key in new[] { "{upload}", "{completableUpload}", "{deletableUpload}" })
            {
                var started = await Clients[caller].PostAsync("/api/v1/uploads", null);
                PerCaller[(caller, key)] = (await started.JsonAsync()).GetProperty("uploadId").GetString()!;
                if (caller == MatrixCaller.Owner)
                    Shared[key] = PerCaller[(caller, key)];
            }
        }
    }

    /// <summary><paramref name="text"/> with every placeholder filled in for <paramref name="caller"/>; <c>{unique}</c> is new each time.</summary>
    public string Fill(string text, MatrixCaller caller)
    {
        foreach (var (key, value) in Shared)
            text = text.Replace(key, PerCaller.GetValueOrDefault((caller, key), value), StringComparison.Ordinal);
        return text.Replace("{unique}", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        Dock.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> RefreshTokenAsync(string email)
    {
        var login = await Dock.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = DockFactory.UserPassword });
        return (await login.JsonAsync()).GetProperty("refreshToken").GetString()!;
    }

    private static async Task<string> UploadUsableAsync(HttpClient client, string name, int seed)
    {
        var id = (await (await client.UploadAsync(DockPackages.Classifier(name, seed: seed))).JsonAsync()).GetProperty("id").GetString()!;
        await client.WaitUsableAsync(id);
        return id;
    }
}
