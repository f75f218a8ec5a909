using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Learnware.Server.Endpoints;

/// <summary>
/// <c>/api/v1/tokens</c>: the caller's API tokens. Issuing answers the secret once; listing never shows it; deleting
/// revokes (the token then gets 401).
/// </summary>
public static class TokenEndpoints
{
    private const int DefaultLifetimeDays = 90;

    /// <summary>What to issue: a name, scopes among read and write, and a lifetime (default 90 days).</summary>
    public sealed record TokenRequest(string? Name, IReadOnlyList<string>? Scopes, int? ExpiresInDays);

    /// <summary>A token just issued: <see cref="Token"/> is its secret, shown this once.</summary>
    public sealed record IssuedToken(string Id, string Token, string Name, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);

    /// <summary>A token as listed: no secret.</summary>
    public sealed record TokenView(string Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
        DateTimeOffset? RevokedAt);

    public static void MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tokens").WithTags("Accounts");
        group.MapPost("/", IssueAsync).RequireAuthorization(DockPolicies.Write).WithSummary("Issue an API token (the secret is shown once)");
        group.MapGet("/", ListAsync).RequireAuthorization(DockPolicies.Read).WithSummary("Your API tokens, without their secrets");
        group.MapDelete("/{id}", RevokeAsync).RequireAuthorization(DockPolicies.Write).WithSummary("Revoke one of your API tokens");
    }

    private static async Task<Created<IssuedToken>> IssueAsync(TokenRequest body, HttpContext context, ApiTokens tokens,
        CancellationToken cancellationToken)
    {
        var issued = await tokens.IssueAsync(DockCaller.UserId(context), body.Name, body.Scopes, body.ExpiresInDays ?? DefaultLifetimeDays,
            DockScopes.Held(context.User), cancellationToken);
        var token = issued.Token;
        return TypedResults.Created($"/api/v1/tokens/{token.Id}",
            new IssuedToken(token.Id, issued.Secret, token.Name, token.ScopeList, token.ExpiresAt));
    }

    private static async Task<Ok<IReadOnlyList<TokenView>>> ListAsync(HttpContext context, ApiTokens tokens, CancellationToken cancellationToken)
    {
        var listed = await tokens.ListAsync(DockCaller.UserId(context), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TokenView>>(
            listed.Select(t => new TokenView(t.Id, t.Name, t.ScopeList, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToArray());
    }

    private static async Task<NoContent> RevokeAsync(string id, HttpContext context, ApiTokens tokens, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(DockCaller.UserId(context), id, cancellationToken)
            ? TypedResults.NoContent()
            : throw DockRequestException.NotFound($"you have no API token '{id}'");
}
