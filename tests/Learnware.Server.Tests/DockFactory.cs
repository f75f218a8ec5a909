using System.Net.Http.Headers;
using System.Net.Http.Json;
using Learnware.Server;
using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests;

/// <summary>The dock hosted in process on a data folder of its own, with a queue that looks for work often.</summary>
public sealed class DockFactory : WebApplicationFactory<Program>
{
    /// <summary>The admin account's password in every test dock.</summary>
    public const string AdminPassword = "Admin-Password-1";

    private static readonly RateLimit Unlimited = new(1_000_000, TimeSpan.FromSeconds(1));

    /// <summary>The password of the accounts the helpers create.</summary>
    public const string UserPassword = "User-Password-1";

    private readonly TestFolder _folder = new();
    private readonly bool _seed;
    private readonly string? _dataFolder;
    private readonly TimeSpan? _checkTimeLimit;
    private readonly Func<DockOptions, DockOptions> _configure;

    /// <summary>A dock that starts empty and stays so: no demo learnwares.</summary>
    public DockFactory()
        : this(seed: false)
    {
    }

    /// <summary>
    /// A dock that seeds its demo learnwares on start when <paramref name="seed"/> is true, on <paramref name="dataFolder"/>
    /// (default: a new folder) with the checks' time limit <paramref name="checkTimeLimit"/> (default: the dock's), and
    /// any other options changed by <paramref name="configure"/>.
    /// </summary>
    internal DockFactory(bool seed, string? dataFolder = null, TimeSpan? checkTimeLimit = null, Func<DockOptions, DockOptions>? configure = null)
    {
        _seed = seed;
        _dataFolder = dataFolder;
        _checkTimeLimit = checkTimeLimit;
        _configure = configure ?? (options => options);
    }

    public DockOptions Options
    {
        get
        {
            var options = new DockOptions
            {
                DataFolder = _dataFolder ?? _folder.Path("dock"),
                Seed = _seed,
                QueuePollInterval = TimeSpan.FromMilliseconds(50),
                AdminPassword = AdminPassword,
                // Tests sign in and search far more often than people; the rate limit tests set their own.
                SignInLimit = Unlimited,
                RegistrationLimit = Unlimited,
                UploadLimit = Unlimited,
                SearchLimit = Unlimited,
            };
            return _configure(_checkTimeLimit is { } limit ? options with { CheckTimeLimit = limit } : options);
        }
    }

    /// <summary>The running dock's market.</summary>
    public DockMarket Dock => Services.GetRequiredService<DockMarket>();

    /// <summary>Registers an account (role user) through the API and answers its id.</summary>
    public async Task<string> CreateUserAsync(string email, string password = UserPassword)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"register {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var scope = Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DockUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    /// <summary>Signs in through the API and answers the Identity bearer access token.</summary>
    public async Task<string> LoginAsync(string email, string password = UserPassword)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"login {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client that sends <paramref name="bearer"/> (an access token or an API token) on every request.</summary>
    public HttpClient ClientWith(string bearer)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    /// <summary>Issues an API token with <paramref name="scopes"/> for the account <paramref name="email"/> (signed in with its password).</summary>
    public async Task<string> IssueTokenAsync(string email, string[] scopes, string password = UserPassword, int expiresInDays = 30)
    {
        var signedIn = ClientWith(await LoginAsync(email, password));
        var response = await signedIn.PostAsJsonAsync("/api/v1/tokens", new { name = $"test token {Guid.NewGuid():N}", scopes, expiresInDays });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"issue token: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("token").GetString()!;
    }

    /// <summary>A new account (role user) and a client carrying an API token of <paramref name="scopes"/> (default read and write).</summary>
    public async Task<(HttpClient Client, string UserId)> NewUserClientAsync(params string[] scopes)
    {
        var email = $"user-{Guid.NewGuid():N}@example.org";
        var id = await CreateUserAsync(email);
        return (ClientWith(await IssueTokenAsync(email, scopes.Length == 0 ? [DockScopes.Read, DockScopes.Write] : scopes)), id);
    }

    /// <summary>A client carrying an API token of the admin account with read and write.</summary>
    public async Task<HttpClient> AdminClientAsync() =>
        ClientWith(await IssueTokenAsync(AccountsStartup.AdminEmail, [DockScopes.Read, DockScopes.Write], AdminPassword));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.AddSingleton(Options));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory's Dispose and DisposeAsync both end here; the folder goes once.
        if (disposing && Directory.Exists(_folder.Root))
            _folder.Dispose();
    }
}
