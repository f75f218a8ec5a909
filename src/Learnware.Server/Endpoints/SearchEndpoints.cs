using Learnware.Market.Search;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Learnware.Server.Endpoints;

/// <summary>
/// <c>POST /api/v1/search</c> (multipart: <c>semantic</c> JSON, <c>text</c>, <c>spec</c> file, <c>top</c>, <c>page</c>):
/// the result of <c>learnware market search --json</c> plus <c>total</c>; <c>GET /api/v1/tags</c>: the vocabulary.
/// </summary>
public static class SearchEndpoints
{
    private const int MaxTop = 100, MaxSpecBytes = 16 * 1024 * 1024;

    /// <summary>Single results best first, the mixture, and how many learnwares matched the filters.</summary>
    public sealed record SearchResponse(IReadOnlyList<SingleResult> Single, MixtureResult? Mixture, int Total);

    /// <summary>The values each semantic tag may take.</summary>
    public sealed record Tags(
        IReadOnlyList<string> Data, IReadOnlyList<string> Task, IReadOnlyList<string> Library, IReadOnlyList<string> Scenario,
        IReadOnlyList<string> License);

    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/search", SearchAsync).DisableAntiforgery().RequireRateLimiting(DockRateLimits.Search).WithTags("Search")
            .WithSummary("Search by semantic tags, text and the RKME of your data");
        app.MapGet("/api/v1/tags", () => TypedResults.Ok(new Tags(SemanticVocabulary.Data, SemanticVocabulary.Task, SemanticVocabulary.Library,
            SemanticVocabulary.Scenario, SemanticVocabulary.License))).WithTags("Search").WithSummary("The semantic tag vocabulary");
    }

    private static async Task<Ok<SearchResponse>> SearchAsync(HttpRequest request, DockMarket dock, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            throw new DockRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "send the search as multipart/form-data: fields semantic, text, top, page and a file field spec");
        var form = await request.ReadFormAsync(cancellationToken);
        var top = Number(form["top"], "top", SearchQuery.DefaultTop, MaxTop);
        var page = Number(form["page"], "page", 1, int.MaxValue / MaxTop);
        RkmeTableSpecification? spec = null;
        if (form.Files.GetFile("spec") is { } file)
        {
            if (file.Length > MaxSpecBytes)
                throw new DockRequestException(StatusCodes.Status413PayloadTooLarge, "Specification too large", $"spec may have at most {MaxSpecBytes} bytes");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            spec = RkmeJson.Parse(buffer.ToArray());
        }

        var query = new SearchQuery
        {
            Semantic = form["semantic"].ToString() is { Length: > 0 } semantic ? SemanticJson.Parse(semantic) : null,
            Text = form["text"].ToString() is { Length: > 0 } text ? text : null,
            Spec = spec,
            Top = top * page,
        };
        var result = await dock.Market.SearchAsync(query, cancellationToken);
        return TypedResults.Ok(new SearchResponse(result.Single.Skip(top * (page - 1)).ToArray(), result.Mixture, result.Total));
    }

    private static int Number(string? text, string field, int fallback, int max)
    {
        if (string.IsNullOrEmpty(text))
            return fallback;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ||
            value < 1 || value > max)
            throw DockRequestException.BadRequest($"'{field}' must be a whole number from 1 to {max}, got '{text}'");
        return value;
    }
}
