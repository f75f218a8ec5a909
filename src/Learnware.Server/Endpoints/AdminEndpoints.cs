using Learnware.Market.Storage;
using Learnware.Server.Accounts;
using Learnware.Server.Admin;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static Learnware.Server.Endpoints.LearnwareViews;

namespace Learnware.Server.Endpoints;

/// <summary><c>/api/v1/admin</c>: accounts (list, role and lock, delete), every learnware in every status, and the dock's summary.</summary>
public static class AdminEndpoints
{
    /// <summary>What to change on an account: its role (<c>user</c> or <c>admin</c>) and whether it is locked.</summary>
    public sealed record AccountChange(string? Role, bool? Locked);

    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(DockPolicies.Admin, DockPolicies.Read);
        group.MapGet("/users", (AccountAdministration accounts, CancellationToken cancellationToken) => accounts.ListAsync(cancellationToken))
            .WithSummary("Every account with its role and lock");
        group.MapPatch("/users/{id}", UpdateUserAsync).RequireAuthorization(DockPolicies.Write).WithSummary("Change an account's role or lock it");
        group.MapDelete("/users/{id}", DeleteUserAsync).RequireAuthorization(DockPolicies.Write).WithSummary("Delete an account and its tokens");
        group.MapGet("/learnwares", ListLearnwaresAsync).WithSummary("Every learnware at its newest version, in every status");
        group.MapGet("/summary", (DockSummary summary, CancellationToken cancellationToken) => summary.BuildAsync(cancellationToken))
            .WithSummary("Counts by status, tag histograms, uploads and downloads per day");
    }

    private static async Task<Ok<AccountAdministration.AccountView>> UpdateUserAsync(string id, AccountChange body, AccountAdministration accounts) =>
        TypedResults.Ok(await accounts.UpdateAsync(id, body.Role, body.Locked));

    private static async Task<NoContent> DeleteUserAsync(string id, AccountAdministration accounts)
    {
        await accounts.DeleteAsync(id);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<Summary>>> ListLearnwaresAsync(DockMarket dock, AccountDirectory directory, [FromQuery] string? status,
        [FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken)
    {
        var wanted = StatusFilter(status);
        var listed = (await dock.Market.ListAsync(cancellationToken)).Where(l => wanted is null || l.Status == wanted).ToArray();
        return TypedResults.Ok(await PageAsync(listed, page, pageSize, owners => directory.EmailsAsync(owners, cancellationToken)));
    }
}
