using OpenQA.Selenium.Chrome;

namespace Learnware.Specifications.BrowserTests;

/// <summary>One dock process and one browser for the tests of a class, and a folder for their files.</summary>
public sealed class BrowserSpecFixture : IAsyncLifetime
{
    private DockServerProcess? _dock;
    private ChromeDriver? _browser;

    public DockServerProcess Dock => _dock ?? throw new InvalidOperationException("the dock has not started");

    public ChromeDriver Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public TestFolder Folder { get; } = new();

    public async Task InitializeAsync()
    {
        _dock = await DockServerProcess.StartAsync();
        _browser = BrowserTests.Browser.Start();
    }

    public Task DisposeAsync()
    {
        _browser?.Quit();
        _browser?.Dispose();
        _dock?.Dispose();
        Folder.Dispose();
        return Task.CompletedTask;
    }
}
