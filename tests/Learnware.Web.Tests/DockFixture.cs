namespace Learnware.Web.Tests;

/// <summary>One seeded dock and one browser for all the browser tests: seeding trains the samples, which takes a while.</summary>
public sealed class DockFixture : IAsyncLifetime
{
    public DockProcess Dock { get; private set; } = default!;
    public Browser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Browser = new Browser();
        Dock = await DockProcess.StartAsync();
    }

    public Task DisposeAsync()
    {
        Browser?.Dispose();
        Dock?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Registering, signing in and out.</summary>
    public WebAccounts Accounts => new(this);

    /// <summary>Opens a page of the dock in the browser.</summary>
    public void Open(string path) => Browser.Driver.Navigate().GoToUrl(new Uri(Dock.Address, path));
}

[CollectionDefinition(Name)]
public sealed class DockCollection : ICollectionFixture<DockFixture>
{
    public const string Name = "dock in a browser";
}
