using System.Text.Json;
using Learnware.Packaging;
using Learnware.Server.Accounts;
using Learnware.Server.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using static Learnware.Server.Endpoints.LearnwareViews;

namespace Learnware.Server.Endpoints;

/// <summary>
/// <c>/api/v1/uploads</c>: resumable chunked uploads for large packages. Start one, send its chunks in order
/// (<c>PUT ?offset=N</c>, the body being the bytes), ask how much arrived after a dropped connection, then complete it
/// with the package's SHA-256, which submits it as <c>POST /api/v1/learnwares</c> does (or as a new version).
/// </summary>
public static class UploadEndpoints
{
    /// <summary>
    /// The end of an upload: the package's SHA-256, the learnware it is a new version of, if any, and a semantic
    /// specification (its JSON text) to store in the package in place of its own, if any.
    /// </summary>
    public sealed record CompleteRequest(string? Sha256, string? LearnwareId, string? Semantic = null);

    public static IServiceCollection AddDockUploads(this IServiceCollection services) =>
        services.AddSingleton<UploadParts>().AddHostedService<UploadJanitor>();

    public static void MapUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/uploads").WithTags("Uploads").RequireAuthorization(DockPolicies.Write);
        group.MapPost("/", StartAsync).RequireRateLimiting(DockRateLimits.Uploads).WithSummary("Start a chunked upload (counts as an upload for the rate limit)");
        group.MapGet("/{uploadId}", GetAsync).WithSummary("How many bytes of a chunked upload arrived");
        group.MapPut("/{uploadId}", AppendAsync).WithSummary("Send the chunk at 'offset' (the bytes so far); the body is the chunk's bytes");
        group.MapPost("/{uploadId}/complete", CompleteAsync).Accepts<CompleteRequest>("application/json")
            .WithSummary("Check the bytes against their SHA-256 and submit them as a learnware (or a new version of 'learnwareId')");
        group.MapDelete("/{uploadId}", DeleteAsync).WithSummary("Abandon a chunked upload");
    }

    private static async Task<Created<UploadState>> StartAsync(HttpContext context, UploadParts parts, CancellationToken cancellationToken)
    {
        var started = await parts.StartAsync(DockCaller.UserId(context), cancellationToken);
        return TypedResults.Created($"/api/v1/uploads/{started.UploadId}", started);
    }

    private static async Task<Ok<UploadState>> GetAsync(string uploadId, HttpContext context, UploadParts parts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await parts.GetAsync(uploadId, DockCaller.UserId(context), cancellationToken));

    private static async Task<Ok<UploadState>> AppendAsync(string uploadId, [FromQuery] long? offset, HttpContext context, UploadParts parts,
        CancellationToken cancellationToken)
    {
        if (offset is not >= 0)
            throw DockRequestException.BadRequest("'offset' must be given: the number of bytes of the upload before this chunk");
        return TypedResults.Ok(await parts.AppendAsync(uploadId, DockCaller.UserId(context), offset.Value, context.Request.Body, cancellationToken));
    }

    private static async Task<Accepted<AcceptedUpload>> CompleteAsync(string uploadId, HttpContext context, UploadParts parts,
        DockMarket dock, DockOptions options, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await ReadCompleteRequestAsync(context.Request, options, json.Value.SerializerOptions, cancellationToken);
        var owner = DockCaller.UserId(context);
        if (body.LearnwareId is { } id)
            await LearnwareEndpoints.ChangeableAsync(dock, id, context, "upload a new version of", cancellationToken);
        // Checked before the upload is completed (which removes it), so a bad specification loses no uploaded bytes.
        if (body.Semantic is not null)
            LearnwarePacker.ValidateSemantic(body.Semantic);
        var package = new UploadedPackage(await parts.CompleteAsync(uploadId, owner, body.Sha256, cancellationToken), body.Semantic).ToSubmit();
        var stored = body.LearnwareId is { } existing
            ? await dock.Market.SubmitVersionAsync(existing, package, cancellationToken)
            : await dock.Market.SubmitAsync(package, owner, cancellationToken);
        return TypedResults.Accepted($"/api/v1/learnwares/{stored.Id}", ToAccepted(stored));
    }

    /// <summary>
    /// The body of a completion, read here rather than bound by the framework so that the semantic specification it may
    /// carry is held to <see cref="DockOptions.MaxSemanticBytes"/> (not to the request limit, which is sized for packages):
    /// the body may take six times that, room for the specification however JSON escapes it, and the specification
    /// itself that many UTF-8 bytes, as in a multipart upload.
    /// </summary>
    private static async Task<CompleteRequest> ReadCompleteRequestAsync(HttpRequest request, DockOptions options, JsonSerializerOptions json,
        CancellationToken cancellationToken)
    {
        var maxBodyBytes = 6 * options.MaxSemanticBytes + 64 * 1024;
        var tooLarge = () => new DockRequestException(StatusCodes.Status413PayloadTooLarge, "Request too large",
            $"the end of an upload may have at most {maxBodyBytes} bytes; its semantic specification at most {options.MaxSemanticBytes} (UTF-8)");
        if (request.ContentLength > maxBodyBytes)
            throw tooLarge();
        var bytes = await UploadedPackage.ReadAllAsync(request.Body, request.ContentLength, maxBodyBytes, tooLarge, cancellationToken);
        CompleteRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<CompleteRequest>(bytes, json);
        }
        catch (JsonException e)
        {
            throw DockRequestException.BadRequest($"the body is not a JSON object with 'sha256', 'learnwareId' and 'semantic': {e.Message}");
        }
        if (body is null)
            throw DockRequestException.BadRequest("the body must be a JSON object with 'sha256', and 'learnwareId' and 'semantic' if wanted");
        if (body.Semantic is not null)
            UploadedPackage.CheckSemanticSize(body.Semantic, options.MaxSemanticBytes);
        return body;
    }

    private static async Task<NoContent> DeleteAsync(string uploadId, HttpContext context, UploadParts parts, CancellationToken cancellationToken)
    {
        await parts.DeleteAsync(uploadId, DockCaller.UserId(context), cancellationToken);
        return TypedResults.NoContent();
    }
}
