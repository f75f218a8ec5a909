using Learnware.Market;
using Learnware.Market.Storage;

namespace Learnware.Server;

/// <summary>
/// The dock's market, opened when the host starts (before it serves requests) and closed when it stops: records in
/// SQLite in the data folder or in the configured database, package blobs in the data folder.
/// </summary>
public sealed class DockMarket(DockOptions options, ILoggerFactory loggers, TimeProvider time) : IHostedService, IDisposable
{
    private LearnwareMarket? _market;

    /// <summary>The open market.</summary>
    /// <exception cref="InvalidOperationException">The host has not started yet.</exception>
    public LearnwareMarket Market => _market ?? throw new InvalidOperationException("the dock's market is not open yet");

    /// <summary>The store underneath.</summary>
    public MarketStore Store => Market.Store;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataFolder);
        _market = await LearnwareMarket.OpenAsync(new MarketStoreOptions
        {
            Root = options.DataFolder,
            ConnectionString = options.MarketDatabase,
            TimeProvider = time,
            LoggerFactory = loggers,
        }, cancellationToken: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _market?.Dispose();
}
