using Learnware.Market.Storage;
using Learnware.Server.Endpoints;
using Learnware.Web.Catalog;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Learnware.Server.Accounts;

/// <summary>
/// Accounts (ASP.NET Core Identity), API tokens and authorization. One policy scheme picks per request how a caller
/// is authenticated: an API token or an Identity access token on <c>Authorization: Bearer</c>, else the sign-in cookie.
/// </summary>
public static class DockAccounts
{
    /// <summary>The scheme that forwards to the one a request's credentials call for.</summary>
    public const string Scheme = "Dock";

    private const string KeysFolder = "keys", SqliteFileName = "accounts.db";

    /// <summary>
    /// Registers accounts, tokens and authorization. Everything that depends on the options reads them from the
    /// container, so a host that replaces <see cref="DockOptions"/> (tests) gets its own data folder and limits.
    /// </summary>
    public static void AddDockAccounts(this IServiceCollection services)
    {
        // Access tokens and cookies are protected with these keys: kept in the data folder, they outlive a restart.
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<DockOptions, ILoggerFactory>((keys, options, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(options.DataFolder, KeysFolder)), loggers));
        // Each account query at Information would drown the dock's own log.
        services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning));
        services.AddDbContext<DockIdentityDbContext>((provider, db) =>
            Configure(db, provider.GetRequiredService<DockMarket>().Store, provider.GetRequiredService<DockOptions>()));
        services.AddIdentityApiEndpoints<DockUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 8;
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<DockUserManager>()
            .AddEntityFrameworkStores<DockIdentityDbContext>();
        services.AddOptions<IdentityOptions>().Configure<DockOptions>((identity, options) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
        });
        services.AddScoped<ApiTokens>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<IAccountCount>(sp => sp.GetRequiredService<AccountDirectory>());
        services.AddScoped<DownloadCounter>();
        services.AddScoped<Admin.AccountAdministration>();
        services.AddScoped<Admin.DockSummary>();
        services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = Scheme;
                authentication.DefaultChallengeScheme = Scheme;
                authentication.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "API token, access token or cookie", policy =>
            {
                policy.ForwardDefaultSelector = SchemeFor;
                // Whatever authenticated the request, refusals are problem details, never a redirect to a login page.
                policy.ForwardChallenge = ApiTokenAuthenticationHandler.SchemeName;
                policy.ForwardForbid = ApiTokenAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(DockPolicies.Add);
        services.AddHostedService<AccountsStartup>();
    }

    /// <summary>Identity's endpoints under <c>/api/v1/auth</c> and the token endpoints under <c>/api/v1/tokens</c>.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var identity = app.MapGroup("/api/v1/auth").WithTags("Accounts").MapIdentityApi<DockUser>();
        identity.Add(RateLimited);
        identity.Add(ManageNeedsPassword);
        app.MapTokenEndpoints();
    }

    /// <summary>
    /// Refuses with 401 any request to the API whose <c>Authorization</c> header does not authenticate (an unknown,
    /// expired or revoked token), even where anonymous callers are welcome, so a client learns its credentials are bad
    /// instead of silently acting anonymously; and any password sign-in (access token or cookie) made before the
    /// account was locked, deleted or given another role, which change its security stamp.
    /// </summary>
    public static void UseCredentialCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api") && await RefusalAsync(context) is { } refusal)
        {
            var properties = new AuthenticationProperties();
            if (refusal.Length > 0)
                properties.Items[ApiTokenAuthenticationHandler.ReasonItem] = refusal;
            await context.ChallengeAsync(properties);
            return;
        }

        await next(context);
    });

    /// <summary>Why the request's credentials are refused ("" for the authentication handler's own reason), or null.</summary>
    private static async Task<string?> RefusalAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
            return context.Request.Headers.Authorization.Count > 0 ? "" : null;
        // An API token is looked up, with its account's lock, on every request already.
        if (context.User.HasClaim(c => c.Type == DockScopes.TokenIdClaim))
            return null;
        var signIn = context.RequestServices.GetRequiredService<SignInManager<DockUser>>();
        return await signIn.ValidateSecurityStampAsync(context.User) is null
            ? "this sign-in is no longer valid (the account was locked, deleted or given another role): sign in again"
            : null;
    }

    /// <summary>Account settings (e-mail, password, two-factor) change only for a password sign-in: a leaked API token cannot take the account.</summary>
    private static void ManageNeedsPassword(EndpointBuilder endpoint)
    {
        if ((endpoint as RouteEndpointBuilder)?.RoutePattern.RawText?.Contains("/manage/", StringComparison.Ordinal) == true)
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(DockPolicies.PasswordSignIn));
    }

    /// <summary>Sign-in and token refresh share one limit, registration and the e-mail flows another.</summary>
    private static void RateLimited(EndpointBuilder endpoint)
    {
        var path = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
        string? policy = path.EndsWith("/login", StringComparison.Ordinal) || path.EndsWith("/refresh", StringComparison.Ordinal)
            ? DockRateLimits.SignIn
            : path.EndsWith("/register", StringComparison.Ordinal) || path.EndsWith("Email", StringComparison.Ordinal)
                || path.EndsWith("Password", StringComparison.Ordinal)
                ? DockRateLimits.Registration
                : null;
        if (policy is not null)
            endpoint.Metadata.Add(new EnableRateLimitingAttribute(policy));
    }

    private static string SchemeFor(HttpContext context) => ApiTokenAuthenticationHandler.Bearer(context.Request) switch
    {
        { } bearer when ApiTokens.LooksLikeApiToken(bearer) => ApiTokenAuthenticationHandler.SchemeName,
        not null => IdentityConstants.BearerScheme,
        null => IdentityConstants.ApplicationScheme,
    };

    private static void Configure(DbContextOptionsBuilder db, MarketStore market, DockOptions options)
    {
        if (market.Provider == DatabaseProvider.Postgres)
            db.UseNpgsql(market.Options.ConnectionString);
        else
            db.UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(options.DataFolder, SqliteFileName) }.ToString());
    }
}
