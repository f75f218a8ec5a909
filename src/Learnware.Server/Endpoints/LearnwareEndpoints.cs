using System.IO.Compression;
using Learnware.Market.Storage;
using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static Learnware.Server.Endpoints.LearnwareViews;

namespace Learnware.Server.Endpoints;

/// <summary>
/// <c>/api/v1/learnwares</c>: upload (202, pending until the queue has checked it), new versions, listing, details,
/// package download (one or several as a zip) and deletion. Others see a learnware only once a version is usable; its
/// owner and admins see it in every status, with the check log.
/// </summary>
public static class LearnwareEndpoints
{
    public static void MapLearnwareEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/learnwares").WithTags("Learnwares");
        group.MapPost("/", UploadAsync).DisableAntiforgery().RequireAuthorization(DockPolicies.Write).RequireRateLimiting(DockRateLimits.Uploads)
            .WithSummary("Upload a learnware package (multipart file field 'package'; optional field 'semantic': a semantic specification to store in place of the package's)");
        group.MapPut("/{id}", UploadVersionAsync).DisableAntiforgery().RequireAuthorization(DockPolicies.Write).RequireRateLimiting(DockRateLimits.Uploads)
            .WithSummary("Upload a new version of a learnware (its owner or an admin), as the upload takes it");
        group.MapGet("/", ListAsync).WithSummary("List usable learnwares, or with mine=true your own in every status, a page at a time");
        group.MapGet("/{id}", GetAsync).WithSummary("A learnware: semantic specification, status, versions, downloads");
        group.MapGet("/{id}/package", DownloadAsync).WithSummary("The package of a learnware's latest usable version");
        group.MapPost("/download", DownloadManyAsync).WithSummary("Several learnwares' packages as one zip");
        group.MapDelete("/{id}", DeleteAsync).RequireAuthorization(DockPolicies.Write)
            .WithSummary("Delete a learnware with every version (its owner or an admin)");
    }

    private static async Task<Accepted<AcceptedUpload>> UploadAsync(HttpRequest request, DockMarket dock, DockOptions options, CancellationToken cancellationToken)
    {
        var upload = await UploadedPackage.ReadAsync(request, options, cancellationToken);
        var stored = await dock.Market.SubmitAsync(upload.ToSubmit(), DockCaller.UserId(request.HttpContext), cancellationToken);
        return TypedResults.Accepted($"/api/v1/learnwares/{stored.Id}", ToAccepted(stored));
    }

    private static async Task<Accepted<AcceptedUpload>> UploadVersionAsync(string id, HttpRequest request, DockMarket dock, DockOptions options,
        CancellationToken cancellationToken)
    {
        await ChangeableAsync(dock, id, request.HttpContext, "upload a new version of", cancellationToken);
        var upload = await UploadedPackage.ReadAsync(request, options, cancellationToken);
        var stored = await dock.Market.SubmitVersionAsync(id, upload.ToSubmit(), cancellationToken);
        return TypedResults.Accepted($"/api/v1/learnwares/{stored.Id}", ToAccepted(stored));
    }

    private static async Task<NoContent> DeleteAsync(string id, HttpContext context, DockMarket dock, CancellationToken cancellationToken)
    {
        await ChangeableAsync(dock, id, context, "delete", cancellationToken);
        if (!await dock.Market.RemoveAsync(id, cancellationToken))
            throw new LearnwareNotFoundException(id);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Page<Summary>>, ChallengeHttpResult, ForbidHttpResult>> ListAsync(HttpContext context, DockMarket dock,
        AccountDirectory accounts, [FromQuery] bool? mine, [FromQuery] string? status, [FromQuery] int? page, [FromQuery] int? pageSize,
        CancellationToken cancellationToken)
    {
        var wanted = StatusFilter(status);
        IReadOnlyList<StoredLearnware> listed;
        if (mine == true)
        {
            if (DockCaller.UserIdOrNull(context) is not { } caller)
                return TypedResults.Challenge();
            if (!DockScopes.Allows(context.User, DockScopes.Read))
                return TypedResults.Forbid();
            // Each of the caller's learnwares at its latest version, whatever its status.
            listed = (await dock.Market.ListAsync(cancellationToken)).Where(l => l.Owner == caller && (wanted is null || l.Status == wanted)).ToArray();
        }
        else
        {
            if (wanted is not (null or LearnwareStatus.Usable))
                throw DockRequestException.BadRequest("only usable learnwares are listed for everyone: use mine=true for your own in other statuses");
            listed = await dock.Store.ListLatestUsableAsync(cancellationToken: cancellationToken);
        }

        return TypedResults.Ok(await PageAsync(listed, page, pageSize, owners => accounts.EmailsAsync(owners, cancellationToken)));
    }

    private static async Task<Ok<Detail>> GetAsync(string id, HttpContext context, DockMarket dock, AccountDirectory accounts,
        DownloadCounter downloads, CancellationToken cancellationToken)
    {
        var versions = await dock.Store.ListVersionsAsync(id, cancellationToken);
        var privileged = versions.Count > 0 && DockCaller.MayChange(context, versions[0].Owner);
        // The owner and admins follow the newest version through the queue; everyone else sees the latest usable one.
        var shown = privileged ? versions.MaxBy(v => v.Version)! : LatestUsable(versions, id);
        var emails = await accounts.EmailsAsync([shown.Owner], cancellationToken);
        var counts = await downloads.TotalsAsync([id], cancellationToken);
        return TypedResults.Ok(ToDetail(shown, versions, emails.GetValueOrDefault(shown.Owner), counts.GetValueOrDefault(id), withCheckLog: privileged));
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(string id, DockMarket dock, DownloadCounter downloads, CancellationToken cancellationToken)
    {
        var (shown, _) = await Visible(dock, id, cancellationToken);
        var stream = await dock.Store.OpenPackageAsync(shown.Id, shown.Version, cancellationToken);
        await downloads.CountAsync([shown.Id], cancellationToken);
        return TypedResults.File(stream, "application/zip", $"{shown.Id}-v{shown.Version}.zip");
    }

    /// <summary>The ids to download together.</summary>
    public sealed record DownloadRequest(IReadOnlyList<string>? Ids);

    private static async Task<FileContentHttpResult> DownloadManyAsync(DownloadRequest body, DockMarket dock, DownloadCounter downloads,
        CancellationToken cancellationToken)
    {
        var ids = body.Ids?.Distinct(StringComparer.Ordinal).ToArray() ?? [];
        if (ids.Length is 0 or > MaxPageSize)
            throw DockRequestException.BadRequest($"'ids' must name between 1 and {MaxPageSize} learnwares");
        var shown = new List<StoredLearnware>();
        foreach (var id in ids)
            shown.Add((await Visible(dock, id, cancellationToken)).Shown);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var learnware in shown)
            {
                // Packages are zips already: stored, not compressed again.
                var entry = zip.CreateEntry($"{learnware.Id}.zip", CompressionLevel.NoCompression);
                await using var target = await entry.OpenAsync(cancellationToken);
                await using var source = await dock.Store.OpenPackageAsync(learnware.Id, learnware.Version, cancellationToken);
                await source.CopyToAsync(target, cancellationToken);
            }
        }

        await downloads.CountAsync(ids, cancellationToken);
        return TypedResults.File(buffer.ToArray(), "application/zip", "learnwares.zip");
    }

    /// <summary>The learnware's latest usable version and every version; 404 when it has no usable version.</summary>
    internal static async Task<(StoredLearnware Shown, IReadOnlyList<StoredLearnware> Versions)> Visible(DockMarket dock, string id,
        CancellationToken cancellationToken)
    {
        var versions = await dock.Store.ListVersionsAsync(id, cancellationToken);
        return (LatestUsable(versions, id), versions);
    }

    private static StoredLearnware LatestUsable(IReadOnlyList<StoredLearnware> versions, string id) =>
        versions.Where(v => v.Status == LearnwareStatus.Usable).MaxBy(v => v.Version) ?? throw new LearnwareNotFoundException(id);

    /// <summary>
    /// Refuses unless the caller may change the learnware (its owner or an admin): 403 for a learnware others can see,
    /// 404 for one they cannot (no usable version), so its existence is not given away.
    /// </summary>
    internal static async Task ChangeableAsync(DockMarket dock, string id, HttpContext context, string action, CancellationToken cancellationToken)
    {
        var versions = await dock.Store.ListVersionsAsync(id, cancellationToken);
        if (versions.Count == 0)
            throw new LearnwareNotFoundException(id);
        if (DockCaller.MayChange(context, versions[0].Owner))
            return;
        _ = LatestUsable(versions, id);
        throw DockRequestException.Forbidden($"only the owner of learnware {id} or an admin may {action} it");
    }
}
