namespace Learnware.Server;

/// <summary>
/// The verification queue: claims pending versions one at a time (atomically, so several workers sharing a database
/// never take the same one), runs the checks under the time limit and records usable or rejected with the log.
/// On start it puts back the versions a stopped worker left claimed.
/// </summary>
public sealed partial class VerificationQueue(DockMarket dock, DockOptions options, TimeProvider time, ILogger<VerificationQueue> logger)
    : BackgroundService
{
    /// <summary>True while the queue's loop runs.</summary>
    public bool Running { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Running = true;
        try
        {
            var requeued = await dock.Store.RequeueAbandonedChecksAsync(options.AbandonedClaimAge, stoppingToken);
            if (requeued > 0)
                LogRequeued(requeued);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!await VerifyNextAsync(stoppingToken))
                {
                    await Task.Delay(options.QueuePollInterval, time, stoppingToken);
                    await dock.Store.RequeueAbandonedChecksAsync(options.AbandonedClaimAge, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            Running = false;
        }
    }

    private async Task<bool> VerifyNextAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await dock.Store.ClaimNextAsync(stoppingToken) is not { } claimed)
                return false;
            // One line per claim, so an operator (and the crash tests) can tell which verifier took which version.
            LogClaimed(claimed.Id, claimed.Version);
            var result = await dock.Market.VerifyAsync(claimed, options.CheckTimeLimit, stoppingToken);
            if (result.Stored is { } stored)
                LogVerified(stored.Id, stored.Version, stored.Status.ToString().ToLowerInvariant());
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failing database or blob store: the claim stays and goes back to pending once abandoned.
            LogFailed(e);
            await Task.Delay(options.QueuePollInterval, time, stoppingToken);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Put {Count} abandoned checks back in the queue")]
    private partial void LogRequeued(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checking learnware {Id} version {Version}")]
    private partial void LogClaimed(string id, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verified learnware {Id} version {Version}: {Status}")]
    private partial void LogVerified(string id, int version, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Verification failed; the version stays claimed until it counts as abandoned")]
    private partial void LogFailed(Exception exception);
}
