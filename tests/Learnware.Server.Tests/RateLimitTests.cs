using System.Net;
using System.Net.Http.Json;

namespace Learnware.Server.Tests;

/// <summary>Sign-in, registration, uploads and search each stop at their limit with 429, Retry-After and a problem.</summary>
public sealed class RateLimitTests : IDisposable
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly DockFactory _dock = new(seed: false, configure: options => options with
    {
        SignInLimit = new RateLimit(3, Hour),
        RegistrationLimit = new RateLimit(4, Hour),
        UploadLimit = new RateLimit(2, Hour),
        SearchLimit = new RateLimit(2, Hour),
    });

    [Fact]
    public async Task TheFourthSignIn_Is429_WithRetryAfter_WhateverThePassword()
    {
        await _dock.CreateUserAsync("limited@example.org");
        var client = _dock.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await Login(client, "limited@example.org", DockFactory.UserPassword)).StatusCode);

        var limited = await Login(client, "limited@example.org", DockFactory.UserPassword);

        await AssertLimitedAsync(limited, Hour);
    }

    [Fact]
    public async Task TheFifthRegistration_Is429()
    {
        var client = _dock.CreateClient();
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await Register(client, $"r{i}@example.org")).StatusCode);

        await AssertLimitedAsync(await Register(client, "r4@example.org"), Hour);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(client, "r4@example.org", DockFactory.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task UploadsAndSearches_AreLimitedPerAccount_AndAnotherAccountIsNotHeldBack()
    {
        var (first, _) = await _dock.NewUserClientAsync();
        var (second, _) = await _dock.NewUserClientAsync();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await first.UploadAsync(DockPackages.Classifier($"Limited upload {i}", seed: 60 + i))).StatusCode);
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await Search(first)).StatusCode);

        var before = await _dock.Dock.Store.CountAsync();
        await AssertLimitedAsync(await first.UploadAsync(DockPackages.Classifier("Limited upload 2", seed: 62)), Hour);
        await AssertLimitedAsync(await Search(first), Hour);

        Assert.Equal(before, await _dock.Dock.Store.CountAsync());
        Assert.Equal(HttpStatusCode.Accepted, (await second.UploadAsync(DockPackages.Classifier("Other account's upload", seed: 63))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Search(second)).StatusCode);
    }

    [Fact]
    public async Task TheSearchPage_SpendsTheSearchLimit_WithTheApi_AndIsRefusedWithAPageAndRetryAfter()
    {
        var client = _dock.CreateClient();
        // The page without a query searches nothing and costs nothing.
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?text=credit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Search(client)).StatusCode);

        var page = await client.GetAsync("/search?text=credit");

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var retryAfter = page.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), Hour);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1 id=\"rate-limited\">Too many requests</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<span id=\"retry-after\">{(int)retryAfter.TotalSeconds}</span> s", html, StringComparison.Ordinal);
        await AssertLimitedAsync(await Search(client), Hour);
    }

    public void Dispose() => _dock.Dispose();

    private static async Task AssertLimitedAsync(HttpResponseMessage response, TimeSpan window)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var retryAfter = response.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), window);
        Assert.Equal(429, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    private static Task<HttpResponseMessage> Login(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    private static Task<HttpResponseMessage> Register(HttpClient client, string email) =>
        client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = DockFactory.UserPassword });

    private static async Task<HttpResponseMessage> Search(HttpClient client)
    {
        using var form = new MultipartFormDataContent { { new StringContent("limited"), "text" } };
        return await client.PostAsync("/api/v1/search", form);
    }
}
