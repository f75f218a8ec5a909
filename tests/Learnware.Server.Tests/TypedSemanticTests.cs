using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Learnware.Client;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests;

/// <summary>
/// An upload's <c>semantic</c> part becomes the learnware's semantic specification: the dock stores the package with
/// that semantic.json (the rest of it untouched), for new learnwares, new versions and chunked uploads; a specification
/// that breaks a rule is refused with 422 naming the field, and nothing is stored.
/// </summary>
public sealed class TypedSemanticTests(DockFactory factory) : IClassFixture<DockFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = (await factory.NewUserClientAsync()).Client;

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Typed(string name, string purpose) =>
        SemanticJson.Serialize(DockPackages.Semantic(name, purpose, "Classification", "Apache-2.0",
            new FeatureDescriptions(2, new Dictionary<int, string> { [0] = "typed: below", [1] = "typed: above" })));

    private async Task<LearnwarePackage> StoredAsync(string id, int version)
    {
        await using var stream = await factory.Dock.Store.OpenPackageAsync(id, version);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        return new LearnwarePackageReader().Read(copy);
    }

    private static LearnwarePackage Read(byte[] zip) => new LearnwarePackageReader().Read(new MemoryStream(zip));

    private async Task<int> MineAsync() =>
        (await (await _client.GetAsync("/api/v1/learnwares?mine=true")).JsonAsync()).GetProperty("total").GetInt32();

    [Fact]
    public async Task TheSentSpecification_IsTheStoredOnes_ForANewLearnwareAndANewVersion_AndTheRestOfThePackageIsKept()
    {
        var package = DockPackages.Classifier("Package's own name", seed: 61);
        var typed = Typed("Typed in the wizard", "what the uploader typed");

        var response = await _client.UploadAsync(package, semantic: typed);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var stored = await StoredAsync(id, 1);
        Assert.Equal(typed, stored.SemanticSpecificationJson);
        var original = Read(package);
        Assert.Equal(original.Manifest, stored.Manifest);
        Assert.Equal(original.ModelBytes, stored.ModelBytes);
        Assert.Equal(original.StatSpecificationJson(), stored.StatSpecificationJson());
        var detail = await _client.WaitUsableAsync(id);
        Assert.Equal("Typed in the wizard", detail.GetProperty("name").GetString());
        Assert.Equal("Apache-2.0", detail.GetProperty("semantic").GetProperty("License").GetProperty("Values")[0].GetString());
        Assert.Equal(stored.SemanticSpecificationJson, System.Text.Encoding.UTF8.GetString(
            Read(await _client.GetByteArrayAsync($"/api/v1/learnwares/{id}/package")).Files[stored.Manifest.SemanticSpecification]));

        var second = Typed("Typed second version", "what the uploader typed the second time");
        var v2 = await _client.UploadAsync(DockPackages.Classifier("Package's own name", centre: 1, seed: 62), id, second);

        Assert.True(v2.StatusCode == HttpStatusCode.Accepted, await v2.Content.ReadAsStringAsync());
        Assert.Equal(2, (await v2.JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(second, (await StoredAsync(id, 2)).SemanticSpecificationJson);
    }

    [Fact]
    public async Task ASpecificationBreakingARule_Is422NamingTheField_AndNothingIsStored()
    {
        var before = await MineAsync();
        var tooShort = Typed("Ab", "a name too short for the rules");

        var response = await _client.UploadAsync(DockPackages.Classifier("Refused typed spec", seed: 63), semantic: tooShort);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("Invalid semantic specification", problem.GetProperty("title").GetString());
        Assert.Contains("$.Name.Values: must be 5 to 50 characters long, got 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var violation = Assert.Single(problem.GetProperty("violations").EnumerateArray());
        Assert.Equal("$.Name.Values", violation.GetProperty("path").GetString());

        var notJson = await _client.UploadAsync(DockPackages.Classifier("Refused typed spec", seed: 63), semantic: "{\"Name\": ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notJson.StatusCode);
        Assert.Equal("$", (await notJson.JsonAsync()).GetProperty("violations")[0].GetProperty("path").GetString());
        Assert.Equal(before, await MineAsync());
    }

    [Fact]
    public async Task HostileSpecifications_AreRefusedWithTheirReasons_AndNothingIsStored()
    {
        var before = await MineAsync();
        var package = DockPackages.Classifier("Hostile typed spec", seed: 67);
        async Task<JsonElement> RefusedAsync(string semantic, HttpStatusCode status)
        {
            var response = await _client.UploadAsync(package, semantic: semantic);
            Assert.True(response.StatusCode == status, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return await response.JsonAsync();
        }
        static string[] Paths(JsonElement problem) =>
            problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("path").GetString()!).ToArray();

        // Nesting far past the JSON reader's depth: refused as text that cannot be read, not followed down.
        var deep = await RefusedAsync("{\"Name\": " + new string('[', 100_000) + new string(']', 100_000) + "}", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["$"], Paths(deep));
        Assert.Contains("depth", deep.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Wrong types: each named where it is.
        var wrong = JsonNode.Parse(Typed("Wrong types", "values of the wrong kind"))!;
        wrong["Name"]!["Values"] = 42;
        wrong["Input"]!["Dimension"] = "many";
        wrong["Scenario"] = "Business";
        var wrongTypes = Paths(await RefusedAsync(wrong.ToJsonString(), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("$.Name.Values", wrongTypes);
        Assert.Contains("$.Input.Dimension", wrongTypes);
        Assert.Contains("$.Scenario", wrongTypes);

        // A huge text within the field's size: held to the description's length rule.
        var huge = JsonNode.Parse(Typed("Huge description", "a description to replace"))!;
        huge["Description"]!["Values"] = new string('x', 200_000);
        var hugeText = await RefusedAsync(huge.ToJsonString(), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["$.Description.Values"], Paths(hugeText));
        Assert.Contains("got 200000", hugeText.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Past the field's own limit, far below the package's: refused before it is parsed.
        var limit = factory.Services.GetRequiredService<DockOptions>().MaxSemanticBytes;
        Assert.True(limit < factory.Services.GetRequiredService<DockOptions>().MaxPackageBytes);
        var oversized = await RefusedAsync(new string(' ', (int)limit) + "{}", HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Semantic specification too large", oversized.GetProperty("title").GetString());
        Assert.Contains($"'semantic' may have at most {limit} bytes", oversized.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(before, await MineAsync());
    }

    [Fact]
    public async Task TheEndOfAChunkedUpload_RefusesAnOversizedSpecificationAndABodyThatIsNotJson_AndKeepsTheUpload()
    {
        var email = $"typed-end-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        var client = new LearnwareDockClient(factory.CreateDefaultClient(), new DockClientOptions
        {
            Token = await factory.IssueTokenAsync(email, ["read", "write"]),
        });
        var package = DockPackages.Classifier("Chunked hostile end", seed: 68);
        var session = await client.StartChunkedUploadAsync();
        await client.SendChunkAsync(session.UploadId, new MemoryStream(package), 0, package.Length);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(package));
        var limit = factory.Services.GetRequiredService<DockOptions>().MaxSemanticBytes;

        // One character past the limit, however it is escaped in the body.
        var oversized = await Assert.ThrowsAsync<DockProblemException>(() =>
            client.CompleteChunkedUploadAsync(session.UploadId, sha256, semanticJson: "\"" + new string('é', (int)(limit / 2)) + "\""));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.Status);
        Assert.Contains($"may have at most {limit} bytes", oversized.Message, StringComparison.Ordinal);

        var http = factory.CreateDefaultClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", await factory.IssueTokenAsync(email, ["read", "write"]));
        var notJson = await http.PostAsync($"/api/v1/uploads/{session.UploadId}/complete",
            new StringContent("{\"sha256\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("not a JSON object", (await notJson.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(package.Length, (await client.GetChunkedUploadAsync(session.UploadId)).Received);
        var typed = Typed("Typed after a refusal", "sent once the refusals are over");
        var completed = await client.CompleteChunkedUploadAsync(session.UploadId, sha256, semanticJson: typed);
        Assert.Equal(typed, (await StoredAsync(completed.Id, completed.Version)).SemanticSpecificationJson);
    }

    [Fact]
    public async Task TheTypedClient_SendsTheSpecification_InOneRequestAndInChunks_AndABadOneKeepsTheChunkedUpload()
    {
        var email = $"typed-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email);
        var token = await factory.IssueTokenAsync(email, ["read", "write"]);
        LearnwareDockClient Client(long threshold) => new(factory.CreateDefaultClient(), new DockClientOptions
        {
            Token = token,
            ChunkThreshold = threshold,
            ChunkSize = 4096,
        });
        var typed = Typed("Typed through the client", "sent by the typed client");

        var whole = await Client(long.MaxValue).UploadAsync(new MemoryStream(DockPackages.Classifier("Client package", seed: 64)), semanticJson: typed);
        var chunked = await Client(256).UploadAsync(new MemoryStream(DockPackages.Classifier("Client package", seed: 65)), semanticJson: typed);

        Assert.Equal(typed, (await StoredAsync(whole.Id, whole.Version)).SemanticSpecificationJson);
        Assert.Equal(typed, (await StoredAsync(chunked.Id, chunked.Version)).SemanticSpecificationJson);

        // A bad specification at the end of a chunked upload is refused before the upload is used up: it can be completed again.
        var client = Client(256);
        var package = DockPackages.Classifier("Client package", seed: 66);
        var session = await client.StartChunkedUploadAsync();
        await client.SendChunkAsync(session.UploadId, new MemoryStream(package), 0, package.Length);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(package));
        var refused = await Assert.ThrowsAsync<DockProblemException>(() =>
            client.CompleteChunkedUploadAsync(session.UploadId, sha256, semanticJson: Typed("Typed through the client", "x").Replace("\"Classification\"", "\"Astrology\"", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("$.Task.Values[0]", refused.Message, StringComparison.Ordinal);
        Assert.Equal(package.Length, (await client.GetChunkedUploadAsync(session.UploadId)).Received);
        var completed = await client.CompleteChunkedUploadAsync(session.UploadId, sha256, semanticJson: typed);
        Assert.Equal(typed, (await StoredAsync(completed.Id, completed.Version)).SemanticSpecificationJson);
    }
}
