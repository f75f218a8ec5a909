using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Learnware.Client;

/// <summary>
/// The HTTP API of a Learnware Dock, typed: uploads (one request, or resumable chunks above
/// <see cref="DockClientOptions.ChunkThreshold"/>), waiting for the checks, status, search, download, listing,
/// deletion, tags and health. A refusal surfaces as a <see cref="DockProblemException"/> carrying the dock's problem details.
/// </summary>
public sealed partial class LearnwareDockClient : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly DockClientOptions _options;

    /// <summary>A client of the dock at <paramref name="server"/> (its root URL) that owns its own <see cref="HttpClient"/>.</summary>
    public LearnwareDockClient(Uri server, DockClientOptions? options = null)
        : this(new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan }, options, ownsHttp: true)
    {
    }

    /// <summary>A client over <paramref name="http"/>, whose <see cref="HttpClient.BaseAddress"/> is the dock's root URL.</summary>
    public LearnwareDockClient(HttpClient http, DockClientOptions? options = null)
        : this(http, options, ownsHttp: false)
    {
    }

    private LearnwareDockClient(HttpClient http, DockClientOptions? options, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.BaseAddress is null)
            throw new ArgumentException("the HttpClient needs a BaseAddress: the dock's root URL", nameof(http));
        _http = http;
        _ownsHttp = ownsHttp;
        _options = options ?? new DockClientOptions();
    }

    /// <summary>The dock's root URL.</summary>
    public Uri Server => _http.BaseAddress!;

    /// <summary>Readiness: a 503 from an unready dock is returned, not thrown, since it answers with the same body.</summary>
    public async Task<DockHealth> HealthAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "health"), cancellationToken, HttpStatusCode.ServiceUnavailable);
        return await ReadAsync<DockHealth>(response, cancellationToken);
    }

    /// <summary>The semantic tag vocabulary.</summary>
    public Task<DockTags> TagsAsync(CancellationToken cancellationToken = default) => GetAsync<DockTags>("api/v1/tags", cancellationToken);

    /// <summary>A learnware: the version the caller may see, every version, and the check log for its owner.</summary>
    public Task<LearnwareDetail> StatusAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<LearnwareDetail>($"api/v1/learnwares/{Segment(id)}", cancellationToken);

    /// <summary>A page of learnwares.</summary>
    public Task<LearnwarePage> ListAsync(ListRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new ListRequest();
        var query = new List<string>();
        if (request.Mine)
            query.Add("mine=true");
        if (request.Status is { Length: > 0 } status)
            query.Add($"status={Uri.EscapeDataString(status)}");
        if (request.Page is { } page)
            query.Add($"page={page}");
        if (request.PageSize is { } size)
            query.Add($"pageSize={size}");
        return GetAsync<LearnwarePage>(query.Count == 0 ? "api/v1/learnwares" : $"api/v1/learnwares?{string.Join('&', query)}", cancellationToken);
    }

    /// <summary>Deletes a learnware (its owner or an administrator).</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"api/v1/learnwares/{Segment(id)}"), cancellationToken);
    }

    /// <summary>Searches by semantic tags, text and the RKME of the user's data, as <c>learnware market search</c> does locally.</summary>
    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var form = new MultipartFormDataContent();
        if (request.SemanticJson is { } semantic)
            form.Add(new StringContent(semantic), "semantic");
        if (request.Text is { } text)
            form.Add(new StringContent(text), "text");
        if (request.Top is { } top)
            form.Add(new StringContent(top.ToString(System.Globalization.CultureInfo.InvariantCulture)), "top");
        if (request.Page is { } page)
            form.Add(new StringContent(page.ToString(System.Globalization.CultureInfo.InvariantCulture)), "page");
        if (request.SpecJson is { } spec)
            form.Add(new ByteArrayContent(spec) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "spec", "spec.json");
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/v1/search") { Content = form }, cancellationToken);
        return await ReadAsync<SearchResponse>(response, cancellationToken);
    }

    /// <summary>Writes the package of a learnware's latest usable version to <paramref name="destination"/>.</summary>
    public async Task DownloadAsync(string id, Stream destination, IProgress<TransferProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"api/v1/learnwares/{Segment(id)}/package"), cancellationToken,
            completion: HttpCompletionOption.ResponseHeadersRead);
        await CopyAsync(response, destination, progress, cancellationToken);
    }

    /// <summary>Writes several learnwares' packages as one zip (an entry <c>ID.zip</c> each) to <paramref name="destination"/>.</summary>
    public async Task DownloadManyAsync(IReadOnlyCollection<string> ids, Stream destination, IProgress<TransferProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/learnwares/download") { Content = JsonContent.Create(new { ids }, options: Json) };
        using var response = await SendAsync(request, cancellationToken, completion: HttpCompletionOption.ResponseHeadersRead);
        await CopyAsync(response, destination, progress, cancellationToken);
    }

    public void Dispose()
    {
        if (_ownsHttp)
            _http.Dispose();
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>Sends with the token; a status other than success (or <paramref name="alsoAccepted"/>) becomes a <see cref="DockProblemException"/>.</summary>
    internal async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken,
        HttpStatusCode? alsoAccepted = null, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using (request)
        {
            if (_options.Token is { Length: > 0 } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await _http.SendAsync(request, completion, cancellationToken);
            if (response.IsSuccessStatusCode || response.StatusCode == alsoAccepted)
                return response;
            using (response)
                throw await DockProblemException.FromAsync(response, cancellationToken);
        }
    }

    internal static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
        ?? throw new InvalidDataException($"the dock answered {(int)response.StatusCode} with an empty body where a {typeof(T).Name} was expected");

    private static async Task CopyAsync(HttpResponseMessage response, Stream destination, IProgress<TransferProgress>? progress,
        CancellationToken cancellationToken)
    {
        var total = response.Content.Headers.ContentLength;
        await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[81920];
        long received = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            received += read;
            progress?.Report(new TransferProgress(received, total));
        }
    }

    /// <summary>An id as one path segment: escaped, so an id can never reach another route.</summary>
    private static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id);
    }
}
