using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Learnware.Server.Accounts;

/// <summary>
/// Issues, lists, revokes and resolves API tokens. A secret is 256 random bits, shown once; the database keeps only its
/// SHA-256, which for a secret of that entropy is as good as a slow password hash and lets a request find its token by index.
/// </summary>
public sealed class ApiTokens(DockIdentityDbContext db, TimeProvider time)
{
    /// <summary>Every secret starts so, which tells an API token from an Identity access token on the same header.</summary>
    public const string SecretPrefix = "lwd_";

    public const int MaxNameLength = 100;

    public const int MaxLifetimeDays = 366;

    /// <summary>A token just issued, with the secret that exists nowhere else.</summary>
    public sealed record Issued(ApiToken Token, string Secret);

    /// <summary>Whether <paramref name="bearer"/> has the form of an API token (not of an Identity access token).</summary>
    public static bool LooksLikeApiToken(string bearer) => bearer.StartsWith(SecretPrefix, StringComparison.Ordinal);

    /// <summary>Lowercase hex SHA-256 of the secret, as stored.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Issues a token for <paramref name="userId"/> with scopes among those the caller holds, <paramref name="grantable"/>.</summary>
    /// <exception cref="DockRequestException">
    /// 400: no name or too long, unknown or no scopes, a lifetime out of range; 403: a scope the caller does not hold.
    /// </exception>
    public async Task<Issued> IssueAsync(string userId, string? name, IReadOnlyCollection<string>? scopes, int lifetimeDays,
        IEnumerable<string> grantable, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            throw DockRequestException.BadRequest($"'name' must be 1 to {MaxNameLength} characters");
        if (scopes is null || scopes.Count == 0 || scopes.Any(s => !DockScopes.All.Contains(s)))
            throw DockRequestException.BadRequest($"'scopes' must name one or more of: {string.Join(", ", DockScopes.All)}");
        if (lifetimeDays is < 1 or > MaxLifetimeDays)
            throw DockRequestException.BadRequest($"'expiresInDays' must be from 1 to {MaxLifetimeDays}, got {lifetimeDays}");
        if (scopes.Except(grantable).ToArray() is { Length: > 0 } beyond)
            throw DockRequestException.Forbidden($"a token cannot grant scopes its caller lacks: {string.Join(", ", beyond)}");

        var secret = SecretPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var token = new ApiToken
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            UserId = userId,
            Name = name.Trim(),
            SecretHash = Hash(secret),
            Scopes = string.Join(' ', DockScopes.All.Where(scopes.Contains)),
            CreatedAt = now,
            ExpiresAt = now.AddDays(lifetimeDays),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new Issued(token, secret);
    }

    /// <summary>The user's tokens, newest first, revoked and expired ones included.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.CreatedAt).ToArray();
    }

    /// <summary>Revokes the user's token <paramref name="id"/>; false when the user has no such token.</summary>
    public async Task<bool> RevokeAsync(string userId, string id, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (token is null)
            return false;
        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The token a secret belongs to, or why it is refused.</summary>
    public async Task<(ApiToken? Token, string? Refusal)> ResolveAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token is null)
            return (null, "the API token is not known to this dock");
        if (token.RevokedAt is { } revoked)
            return (null, $"the API token '{token.Name}' was revoked at {revoked:u}");
        if (token.ExpiresAt <= time.GetUtcNow())
            return (null, $"the API token '{token.Name}' expired at {token.ExpiresAt:u}");
        return (token, null);
    }

    private static string Base64UrlEncode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
