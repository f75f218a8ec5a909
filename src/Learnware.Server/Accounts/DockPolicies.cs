using Microsoft.AspNetCore.Authorization;

namespace Learnware.Server.Accounts;

/// <summary>The authorization policies the endpoints name.</summary>
public static class DockPolicies
{
    /// <summary>An authenticated caller whose token, if any, has the read scope.</summary>
    public const string Read = "read";

    /// <summary>An authenticated caller whose token, if any, has the write scope.</summary>
    public const string Write = "write";

    /// <summary>An admin (the scope policies still apply on top).</summary>
    public const string Admin = "admin";

    /// <summary>A caller signed in with the account's password (access token or cookie), not with an API token.</summary>
    public const string PasswordSignIn = "password-sign-in";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => DockScopes.Allows(c.User, DockScopes.Read)));
        options.AddPolicy(Write, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => DockScopes.Allows(c.User, DockScopes.Write)));
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(DockRoles.Admin));
        options.AddPolicy(PasswordSignIn, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == DockScopes.TokenIdClaim)));
    }
}
