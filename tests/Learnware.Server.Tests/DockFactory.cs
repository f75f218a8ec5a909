using Learnware.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests;

/// <summary>The dock hosted in process on a data folder of its own, with a queue that looks for work often.</summary>
public sealed class DockFactory : WebApplicationFactory<Program>
{
    private readonly TestFolder _folder = new();
    private readonly bool _seed;
    private readonly string? _dataFolder;
    private readonly TimeSpan? _checkTimeLimit;

    /// <summary>A dock that starts empty and stays so: no demo learnwares.</summary>
    public DockFactory()
        : this(seed: false)
    {
    }

    /// <summary>
    /// A dock that seeds its demo learnwares on start when <paramref name="seed"/> is true, on <paramref name="dataFolder"/>
    /// (default: a new folder) with the checks' time limit <paramref name="checkTimeLimit"/> (default: the dock's).
    /// </summary>
    internal DockFactory(bool seed, string? dataFolder = null, TimeSpan? checkTimeLimit = null)
    {
        _seed = seed;
        _dataFolder = dataFolder;
        _checkTimeLimit = checkTimeLimit;
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
            };
            return _checkTimeLimit is { } limit ? options with { CheckTimeLimit = limit } : options;
        }
    }

    /// <summary>The running dock's market.</summary>
    public DockMarket Dock => Services.GetRequiredService<DockMarket>();

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
