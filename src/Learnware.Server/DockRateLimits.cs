using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Learnware.Server;

/// <summary>
/// Rate limits on the endpoints worth guessing at or flooding: sign-in and registration per client address, uploads
/// per account, search (the API's and the search page's) per account or address. A refusal is 429 with
/// <c>Retry-After</c>: problem details from the API, a short page saying when to try again from the web pages.
/// </summary>
public static class DockRateLimits
{
    public const string SignIn = "sign-in", Registration = "registration", Uploads = "uploads";

    /// <summary>Searches: <c>POST /api/v1/search</c> and the web UI's search page, one budget for both.</summary>
    public const string Search = Learnware.Web.DockWeb.SearchRateLimitPolicy;

    public static void AddDockRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<DockOptions>((limiter, options) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(SignIn, context => Window(Address(context), options.SignInLimit));
            limiter.AddPolicy(Registration, context => Window(Address(context), options.RegistrationLimit));
            limiter.AddPolicy(Uploads, context => Window(DockCaller.UserIdOrNull(context) ?? Address(context), options.UploadLimit));
            // The search page opened without a query searches nothing, so it costs nothing.
            limiter.AddPolicy(Search, context => HttpMethods.IsGet(context.Request.Method) && !context.Request.QueryString.HasValue
                ? RateLimitPartition.GetNoLimiter("no search")
                : Window(DockCaller.UserIdOrNull(context) ?? Address(context), options.SearchLimit));
        });
    }

    // A page of its own rather than the layout's: the refusal is made before any page is rendered.
    private static string RefusalPage(int seconds) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Too many requests · Learnware Dock</title></head>
        <body>
        <main>
        <h1 id="rate-limited">Too many requests</h1>
        <p>This address has asked for more than the dock allows in a while. Try again in <span id="retry-after">{{seconds}}</span> s.</p>
        <p><a href="/">Back to the home page</a></p>
        </main>
        </body>
        </html>
        """;

    private static RateLimitPartition<string> Window(string key, RateLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits,
            Window = limit.Window,
            QueueLimit = 0,
        });

    // Anonymous partitions by address; user ids and addresses cannot collide since they are prefixed apart.
    private static string Address(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(RefusalPage(seconds), cancellationToken);
            return;
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"too many requests of this kind from this caller; try again in {seconds} s",
            },
        });
    }
}
