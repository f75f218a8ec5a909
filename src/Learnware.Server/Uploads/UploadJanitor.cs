namespace Learnware.Server.Uploads;

/// <summary>Removes expired chunked uploads on start and then every <see cref="Interval"/>.</summary>
public sealed class UploadJanitor(UploadParts parts, TimeProvider time, ILogger<UploadJanitor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var removed = parts.RemoveExpired();
                if (removed > 0)
                    logger.LogInformation("Removed {Count} expired chunked uploads", removed);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not remove expired chunked uploads; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
