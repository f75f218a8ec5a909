using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Learnware.Server;

/// <summary>
/// Rate limits on the endpoints worth guessing at or flooding: sign-in and registration per client address, uploads
/// per account, search per account or address. A refusal is 429 problem details with <c>Retry-After</c>.
/// </summary>
public static class DockRateLimits
{
    public const string SignIn = "sign-in", Registration = "registration", Uploads = "uploads", Search = "search";

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
            limiter.AddPolicy(Search, context => Window(DockCaller.UserIdOrNull(context) ?? Address(context), options.SearchLimit));
        });
    }

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
