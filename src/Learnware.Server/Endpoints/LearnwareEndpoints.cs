using System.IO.Compression;
using Learnware.Market.Storage;
using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static Learnware.Server.Endpoints.LearnwareViews;

namespace Learnware.Server.Endpoints;

/// <summary>
/// <c>/api/v1/learnwares</c>: upload (202, pending until the queue has checked it), new versions, listing, details,
/// package download (one or several as a zip) and deletion. Others see a learnware only once a version is usable.
/// </summary>
public static class LearnwareEndpoints
{
    private const int MaxPageSize = 200;

    public static void MapLearnwareEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/learnwares").WithTags("Learnwares");
        group.MapPost("/", UploadAsync).DisableAntiforgery().RequireAuthorization(DockPolicies.Write).WithSummary("Upload a learnware package (multipart field 'package')");
        group.MapPut("/{id}", UploadVersionAsync).DisableAntiforgery().RequireAuthorization(DockPolicies.Write)
            .WithSummary("Upload a new version of a learnware (its owner or an admin)");
        group.MapGet("/", ListAsync).WithSummary("List learnwares, a page at a time");
        group.MapGet("/{id}", GetAsync).WithSummary("A learnware: semantic specification, status, versions");
        group.MapGet("/{id}/package", DownloadAsync).WithSummary("The package of a learnware's latest usable version");
        group.MapPost("/download", DownloadManyAsync).WithSummary("Several learnwares' packages as one zip");
    }

    private static async Task<Accepted<AcceptedUpload>> UploadAsync(HttpRequest request, DockMarket dock, DockOptions options, CancellationToken cancellationToken)
    {
        var package = await UploadedPackage.ReadAsync(request, options.MaxPackageBytes, cancellationToken);
        var stored = await dock.Market.SubmitAsync(package, DockCaller.UserId(request.HttpContext), cancellationToken);
        return TypedResults.Accepted($"/api/v1/learnwares/{stored.Id}", ToAccepted(stored));
    }

    private static async Task<Accepted<AcceptedUpload>> UploadVersionAsync(string id, HttpRequest request, DockMarket dock, DockOptions options,
        CancellationToken cancellationToken)
    {
        var (shown, _) = await Visible(dock, id, cancellationToken);
        if (!DockCaller.MayChange(request.HttpContext, shown.Owner))
            throw DockRequestException.Forbidden($"only the owner of learnware {id} or an admin may upload a new version of it");
        var package = await UploadedPackage.ReadAsync(request, options.MaxPackageBytes, cancellationToken);
        var stored = await dock.Market.SubmitVersionAsync(id, package, cancellationToken);
        return TypedResults.Accepted($"/api/v1/learnwares/{stored.Id}", ToAccepted(stored));
    }

    private static async Task<Ok<Page<Summary>>> ListAsync(DockMarket dock, [FromQuery] int? page, [FromQuery] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size < 1 || size > MaxPageSize)
            throw DockRequestException.BadRequest($"page must be at least 1 and pageSize between 1 and {MaxPageSize}; got page={number}, pageSize={size}");
        var usable = await dock.Store.ListLatestUsableAsync(cancellationToken: cancellationToken);
        var items = usable.Skip((number - 1) * size).Take(size).Select(ToSummary).ToArray();
        return TypedResults.Ok(new Page<Summary>(items, usable.Count));
    }

    private static async Task<Ok<Detail>> GetAsync(string id, DockMarket dock, CancellationToken cancellationToken)
    {
        var (shown, versions) = await Visible(dock, id, cancellationToken);
        return TypedResults.Ok(ToDetail(shown, versions, withCheckLog: false));
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(string id, DockMarket dock, CancellationToken cancellationToken)
    {
        var (shown, _) = await Visible(dock, id, cancellationToken);
        var stream = await dock.Store.OpenPackageAsync(shown.Id, shown.Version, cancellationToken);
        return TypedResults.File(stream, "application/zip", $"{shown.Id}-v{shown.Version}.zip");
    }

    /// <summary>The ids to download together.</summary>
    public sealed record DownloadRequest(IReadOnlyList<string>? Ids);

    private static async Task<FileContentHttpResult> DownloadManyAsync(DownloadRequest body, DockMarket dock, CancellationToken cancellationToken)
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

        return TypedResults.File(buffer.ToArray(), "application/zip", "learnwares.zip");
    }

    /// <summary>The learnware's latest usable version and every version; 404 when it has no usable version.</summary>
    internal static async Task<(StoredLearnware Shown, IReadOnlyList<StoredLearnware> Versions)> Visible(DockMarket dock, string id,
        CancellationToken cancellationToken)
    {
        var versions = await dock.Store.ListVersionsAsync(id, cancellationToken);
        var shown = versions.Where(v => v.Status == LearnwareStatus.Usable).MaxBy(v => v.Version)
            ?? throw new LearnwareNotFoundException(id);
        return (shown, versions);
    }
}
