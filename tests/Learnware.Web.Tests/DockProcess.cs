using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Samples;
using Learnware.TestSupport;

namespace Learnware.Web.Tests;

/// <summary>
/// The dock server as its own process, seeded with the sample learnwares and ready once every sample is usable; with
/// an HTTP client for its API. Stopped and its data deleted on dispose.
/// </summary>
public sealed class DockProcess : IDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(5);

    private readonly DockServerProcess _server;

    private DockProcess(DockServerProcess server)
    {
        _server = server;
        Http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => _server.Address;

    /// <summary>What the server has written to its output so far.</summary>
    public string Log => _server.Log;

    /// <summary>An HTTP client for the server's API.</summary>
    public HttpClient Http { get; }

    public static async Task<DockProcess> StartAsync()
    {
        var dock = new DockProcess(await DockServerProcess.StartAsync(seed: true));
        await dock.WaitUntilSeededAsync();
        return dock;
    }

    /// <summary>Waits until every sample learnware has passed its checks.</summary>
    private async Task WaitUntilSeededAsync()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < ReadyWithin)
        {
            var page = await Http.GetFromJsonAsync<JsonElement>("/api/v1/learnwares?pageSize=200");
            if (page.GetProperty("total").GetInt32() >= SampleLearnwares.Count)
                return;
            await Task.Delay(500);
        }
        throw new TimeoutException($"the dock did not have its {SampleLearnwares.Count} sample learnwares usable within {ReadyWithin}:\n{_server.Log}");
    }

    public void Dispose()
    {
        Http.Dispose();
        _server.Dispose();
    }
}
