using System.Net;

namespace Learnware.Server.Tests;

/// <summary>Health, liveness, the OpenAPI document, the API reference page and the tag vocabulary.</summary>
public sealed class ServiceEndpointTests(DockFactory factory) : IClassFixture<DockFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HealthAndAlive_Answer_WithTheDatabaseAndQueueUp()
    {
        Assert.Equal("alive", (await (await _client.GetAsync("/alive")).JsonAsync()).GetProperty("status").GetString());
        HttpResponseMessage health = null!;
        // The queue's loop starts with the host; bounded wait for its first turn.
        for (var attempt = 0; attempt < 100 && health?.StatusCode != HttpStatusCode.OK; attempt++)
        {
            health = await _client.GetAsync("/health");
            await Task.Delay(50);
        }

        var body = await health.JsonAsync();
        Assert.Equal(("healthy", true, true),
            (body.GetProperty("status").GetString(), body.GetProperty("database").GetBoolean(), body.GetProperty("queue").GetBoolean()));
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsEveryEndpoint_AndTheReferencePageIsServed()
    {
        var document = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Superset(new HashSet<string>
        {
            "/health", "/alive", "/api/v1/learnwares", "/api/v1/learnwares/{id}", "/api/v1/learnwares/{id}/package",
            "/api/v1/learnwares/download", "/api/v1/search", "/api/v1/tags",
        }, paths);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public async Task Tags_AreTheSemanticVocabulary()
    {
        var tags = await (await _client.GetAsync("/api/v1/tags")).JsonAsync();

        Assert.Equal(Learnware.Specifications.Semantic.SemanticVocabulary.Task, tags.GetProperty("task").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("MIT", tags.GetProperty("license").EnumerateArray().Select(t => t.GetString()));
    }
}
