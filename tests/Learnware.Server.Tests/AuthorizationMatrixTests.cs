using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Learnware.Server.Tests.MatrixCaller;

namespace Learnware.Server.Tests;

/// <summary>
/// Every API endpoint against every kind of caller, each with the status it must answer; and a check that no API
/// endpoint of the running dock is missing from the matrix. A status other than 401/403 for an allowed caller is the
/// endpoint's own answer to a request made only to get past authorization (an empty form, say).
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    private const string EmptyForm = "form:empty", SearchForm = "form:search", NotAForm = "bytes";

    /// <summary>Expected statuses in the order of <see cref="MatrixCaller"/>: anonymous, user, owner, admin, session, read-only, expired, revoked.</summary>
    private static readonly Row[] Matrix =
    [
        new("POST", "/api/v1/auth/register", "/api/v1/auth/register", """{"email":"m-{unique}@example.org","password":"User-Password-1"}""", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("POST", "/api/v1/auth/login", "/api/v1/auth/login", """{"email":"{ownerEmail}","password":"User-Password-1"}""", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("POST", "/api/v1/auth/refresh", "/api/v1/auth/refresh", """{"refreshToken":"{refreshToken}"}""", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("GET", "/api/v1/auth/confirmEmail", "/api/v1/auth/confirmEmail?userId={ownerId}&code={code}", "", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("POST", "/api/v1/auth/resendConfirmationEmail", "/api/v1/auth/resendConfirmationEmail", """{"email":"{ownerEmail}"}""", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("POST", "/api/v1/auth/forgotPassword", "/api/v1/auth/forgotPassword", """{"email":"{ownerEmail}"}""", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("POST", "/api/v1/auth/resetPassword", "/api/v1/auth/resetPassword", """{"email":"{ownerEmail}","resetCode":"bogus","newPassword":"New-Password-1"}""", [400, 400, 400, 400, 400, 400, 401, 401]),
        new("POST", "/api/v1/auth/manage/2fa", "/api/v1/auth/manage/2fa", "{}", [401, 403, 403, 403, 200, 403, 401, 401]),
        new("GET", "/api/v1/auth/manage/info", "/api/v1/auth/manage/info", "", [401, 403, 403, 403, 200, 403, 401, 401]),
        new("POST", "/api/v1/auth/manage/info", "/api/v1/auth/manage/info", "{}", [401, 403, 403, 403, 200, 403, 401, 401]),

        new("POST", "/api/v1/tokens", "/api/v1/tokens", """{"name":"matrix","scopes":["read"],"expiresInDays":1}""", [401, 201, 201, 201, 201, 403, 401, 401]),
        new("GET", "/api/v1/tokens", "/api/v1/tokens", "", [401, 200, 200, 200, 200, 200, 401, 401]),
        new("DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/{token}", "", [401, 404, 204, 404, 204, 403, 401, 401]),

        new("POST", "/api/v1/learnwares", "/api/v1/learnwares", EmptyForm, [401, 400, 400, 400, 400, 403, 401, 401]),
        new("PUT", "/api/v1/learnwares/{id}", "/api/v1/learnwares/{target}", NotAForm, [401, 403, 415, 415, 415, 403, 401, 401]),
        new("GET", "/api/v1/learnwares", "/api/v1/learnwares", "", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("GET", "/api/v1/learnwares", "/api/v1/learnwares?mine=true", "", [401, 200, 200, 200, 200, 200, 401, 401]),
        new("GET", "/api/v1/learnwares/{id}", "/api/v1/learnwares/{target}", "", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("GET", "/api/v1/learnwares/{id}/package", "/api/v1/learnwares/{target}/package", "", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("POST", "/api/v1/learnwares/download", "/api/v1/learnwares/download", """{"ids":["{target}"]}""", [200, 200, 200, 200, 200, 200, 401, 401]),
        new("DELETE", "/api/v1/learnwares/{id}", "/api/v1/learnwares/{deletable}", "", [401, 403, 204, 204, 204, 403, 401, 401]),

        new("POST", "/api/v1/search", "/api/v1/search", SearchForm, [200, 200, 200, 200, 200, 200, 401, 401]),
        new("GET", "/api/v1/tags", "/api/v1/tags", "", [200, 200, 200, 200, 200, 200, 401, 401]),

        new("POST", "/api/v1/uploads", "/api/v1/uploads", "", [401, 201, 201, 201, 201, 403, 401, 401]),
        new("GET", "/api/v1/uploads/{uploadId}", "/api/v1/uploads/{upload}", "", [401, 404, 200, 404, 200, 403, 401, 401]),
        new("PUT", "/api/v1/uploads/{uploadId}", "/api/v1/uploads/{upload}?offset=0", NotAForm, [401, 404, 200, 404, 200, 403, 401, 401]),
        new("POST", "/api/v1/uploads/{uploadId}/complete", "/api/v1/uploads/{completableUpload}/complete", """{"sha256":"0000000000000000000000000000000000000000000000000000000000000000"}""",
            [401, 404, 400, 404, 400, 403, 401, 401]),
        new("DELETE", "/api/v1/uploads/{uploadId}", "/api/v1/uploads/{deletableUpload}", "", [401, 404, 204, 404, 204, 403, 401, 401]),

        new("GET", "/api/v1/admin/users", "/api/v1/admin/users", "", [401, 403, 403, 200, 403, 403, 401, 401]),
        new("PATCH", "/api/v1/admin/users/{id}", "/api/v1/admin/users/{account}", """{"locked":false}""", [401, 403, 403, 200, 403, 403, 401, 401]),
        new("DELETE", "/api/v1/admin/users/{id}", "/api/v1/admin/users/{deletableAccount}", "", [401, 403, 403, 204, 403, 403, 401, 401]),
        new("GET", "/api/v1/admin/learnwares", "/api/v1/admin/learnwares", "", [401, 403, 403, 200, 403, 403, 401, 401]),
        new("GET", "/api/v1/admin/summary", "/api/v1/admin/summary", "", [401, 403, 403, 200, 403, 403, 401, 401]),
    ];

    public static TheoryData<string, string, MatrixCaller, int> Cases()
    {
        var cases = new TheoryData<string, string, MatrixCaller, int>();
        foreach (var row in Matrix)
        {
            foreach (var caller in Enum.GetValues<MatrixCaller>())
                cases.Add(row.Method, row.Path, caller, row.Expected[(int)caller]);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachCallerGetsTheStatusTheRulesSay(string method, string path, MatrixCaller caller, int expected)
    {
        var row = Matrix.First(r => r.Method == method && r.Path == path);
        using var request = new HttpRequestMessage(new HttpMethod(method), fixture.Fill(path, caller)) { Content = Body(row.Body, caller) };

        var response = await fixture.Clients[caller].SendAsync(request);

        Assert.True((int)response.StatusCode == expected,
            $"{method} {path} as {caller}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected is 401 or 403)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void EveryApiEndpointOfTheDock_IsInTheMatrix()
    {
        var endpoints = fixture.Dock.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .ToHashSet();
        var covered = Matrix.Select(r => $"{r.Method} {r.Pattern}").ToHashSet();

        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Except(covered).Order());
        Assert.Empty(covered.Except(endpoints).Order());
    }

    private HttpContent? Body(string body, MatrixCaller caller) => body switch
    {
        "" => null,
        EmptyForm => new MultipartFormDataContent { { new StringContent("nothing"), "note" } },
        SearchForm => new MultipartFormDataContent { { new StringContent("matrix"), "text" } },
        NotAForm => new ByteArrayContent([1, 2, 3]),
        _ => new StringContent(fixture.Fill(body, caller), Encoding.UTF8, "application/json"),
    };

    /// <summary>One endpoint (method and route pattern), the request path to send, its body, and the status per caller.</summary>
    private sealed record Row(string Method, string Pattern, string Path, string Body, int[] Expected);
}
