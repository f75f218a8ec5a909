using System.Security.Claims;

namespace Learnware.Server.Accounts;

/// <summary>
/// What an API token may do. A caller signed in with a password (bearer access token or cookie) may do everything its
/// roles allow; a caller with an API token only what the token's scopes allow on top of that.
/// </summary>
public static class DockScopes
{
    /// <summary>List your own learnwares and tokens.</summary>
    public const string Read = "read";

    /// <summary>Upload, delete, and manage tokens.</summary>
    public const string Write = "write";

    /// <summary>Every scope.</summary>
    public static readonly IReadOnlyList<string> All = [Read, Write];

    /// <summary>The claim carrying one scope of an API token.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The claim carrying the id of the API token a caller authenticated with.</summary>
    public const string TokenIdClaim = "api_token_id";

    /// <summary>Whether <paramref name="user"/> may act within <paramref name="scope"/>.</summary>
    public static bool Allows(ClaimsPrincipal user, string scope) =>
        user.Identity?.IsAuthenticated == true && (!user.HasClaim(c => c.Type == TokenIdClaim) || user.HasClaim(ScopeClaim, scope));

    /// <summary>The scopes <paramref name="user"/> holds: both for a password sign-in, the token's for an API token.</summary>
    public static IEnumerable<string> Held(ClaimsPrincipal user) => All.Where(scope => Allows(user, scope));
}
