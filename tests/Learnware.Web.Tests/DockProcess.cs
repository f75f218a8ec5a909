using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Learnware.Samples;

namespace Learnware.Web.Tests;

/// <summary>
/// The dock server as its own process on a free loopback port, with its own data folder, seeded with the sample
/// learnwares; ready once every sample is usable. Stopped and its data deleted on dispose.
/// </summary>
public sealed class DockProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _data;

    private DockProcess(Process process, string data, Uri address)
    {
        _process = process;
        _data = data;
        Address = address;
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>An HTTP client for the server's API.</summary>
    public HttpClient Http { get; private set; } = default!;

    /// <summary>What the server wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<DockProcess> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("learnware-web-test-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { WebTestPaths.ServerAssembly, "--urls", address.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["LEARNWARE_DOCK_DATA"] = data, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var dock = new DockProcess(process, data, address);
        process.OutputDataReceived += (_, e) => dock.Append(e.Data);
        process.ErrorDataReceived += (_, e) => dock.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        dock.Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        await dock.WaitUntilSeededAsync();
        return dock;
    }

    /// <summary>Waits until every sample learnware has passed its checks.</summary>
    private async Task WaitUntilSeededAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyWithin)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"the dock exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                var page = await Http.GetFromJsonAsync<JsonElement>("/api/v1/learnwares?pageSize=200");
                if (page.GetProperty("total").GetInt32() >= SampleLearnwares.Count)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"the dock did not have its {SampleLearnwares.Count} sample learnwares usable within {ReadyWithin}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
