namespace Learnware.Server.Accounts;

/// <summary>An API token as stored: the SHA-256 of its secret, never the secret itself.</summary>
public sealed class ApiToken
{
    public required string Id { get; set; }

    /// <summary>The account the token acts for.</summary>
    public required string UserId { get; set; }

    /// <summary>What the owner called it.</summary>
    public required string Name { get; set; }

    /// <summary>Lowercase hex SHA-256 of the secret; unique.</summary>
    public required string SecretHash { get; set; }

    /// <summary>The scopes, space-separated.</summary>
    public required string Scopes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the owner revoked it, or null while it is in force.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
