using Learnware.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests;

/// <summary>The dock hosted in process on a data folder of its own, with a queue that looks for work often.</summary>
public sealed class DockFactory : WebApplicationFactory<Program>
{
    private readonly TestFolder _folder = new();

    public DockOptions Options => new()
    {
        DataFolder = _folder.Path("dock"),
        Seed = false,
        QueuePollInterval = TimeSpan.FromMilliseconds(50),
    };

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
        if (disposing)
            _folder.Dispose();
    }
}
