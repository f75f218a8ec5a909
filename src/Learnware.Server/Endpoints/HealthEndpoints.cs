using Microsoft.AspNetCore.Http.HttpResults;

namespace Learnware.Server.Endpoints;

/// <summary><c>/alive</c> (the process answers) and <c>/health</c> (ready: the database answers and the queue runs).</summary>
public static class HealthEndpoints
{
    /// <summary>Readiness, and what is not ready.</summary>
    public sealed record Health(string Status, bool Database, bool Queue);

    /// <summary>The process answers.</summary>
    public sealed record Alive(string Status);

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/alive", () => TypedResults.Ok(new Alive("alive"))).WithTags("Health");
        app.MapGet("/health", HealthAsync).WithTags("Health");
    }

    private static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> HealthAsync(DockMarket dock, VerificationQueue queue,
        DockOptions options, ILogger<VerificationQueue> logger, CancellationToken cancellationToken)
    {
        bool database;
        try
        {
            await dock.Store.CountAsync(cancellationToken);
            database = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Health check: the market database does not answer");
            database = false;
        }

        var queueRunning = !options.RunQueue || queue.Running;
        var health = new Health(database && queueRunning ? "healthy" : "unhealthy", database, queueRunning);
        return database && queueRunning
            ? TypedResults.Ok(health)
            : TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
