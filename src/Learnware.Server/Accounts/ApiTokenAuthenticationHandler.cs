using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Learnware.Server.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer lwd_…</c> against the stored token hashes: the caller becomes the token's
/// account, with its roles and the token's scopes. Refuses an unknown, revoked or expired token, or a locked account.
/// Its challenge and forbid answer with problem details, for whichever scheme authenticated the request.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<DockUser> users, IUserClaimsPrincipalFactory<DockUser> principals, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>An item of the challenge's properties that carries why the caller is refused.</summary>
    public const string ReasonItem = "dock.refusal";

    private const string BearerPrefix = "Bearer ";

    /// <summary>The bearer credential of a request, or null.</summary>
    public static string? Bearer(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? header[BearerPrefix.Length..].Trim()
            : null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Bearer(Request) is not { } secret || !ApiTokens.LooksLikeApiToken(secret))
            return AuthenticateResult.NoResult();
        var (token, refusal) = await tokens.ResolveAsync(secret, Context.RequestAborted);
        if (token is null)
            return AuthenticateResult.Fail(refusal!);
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null)
            return AuthenticateResult.Fail("the API token's account no longer exists");
        if (await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("the API token's account is locked");

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(DockScopes.TokenIdClaim, token.Id));
        foreach (var scope in token.ScopeList)
            identity.AddClaim(new Claim(DockScopes.ScopeClaim, scope));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is { } failure
            ? $"Bearer error=\"invalid_token\", error_description=\"{failure.Message.Replace("\"", "'", StringComparison.Ordinal)}\""
            : "Bearer";
        var reason = properties.Items.TryGetValue(ReasonItem, out var given) ? given : null;
        await WriteAsync(StatusCodes.Status401Unauthorized, "Unauthorized", reason ?? result.Failure?.Message
            ?? "sign in (POST /api/v1/auth/login) or send an API token as 'Authorization: Bearer <token>'");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var detail = Context.User.HasClaim(c => c.Type == DockScopes.TokenIdClaim)
            ? $"this needs a role or token scope the caller lacks (token scopes: {string.Join(", ", DockScopes.Held(Context.User))})"
            : "this needs a role the caller lacks";
        return WriteAsync(StatusCodes.Status403Forbidden, "Forbidden", detail);
    }

    private async Task WriteAsync(int status, string title, string detail) =>
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
}
