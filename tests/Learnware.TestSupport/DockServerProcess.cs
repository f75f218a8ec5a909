using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Learnware.TestSupport;

/// <summary>
/// The dock server run as its own process from its build output, on a free loopback port, with an empty data folder,
/// seeded with the sample learnwares or not: what a browser sees at the dock's address. The test project must
/// reference Learnware.Server so that it is built.
/// </summary>
public sealed class DockServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _data;

    private DockServerProcess(Process process, string data, Uri address)
    {
        _process = process;
        _data = data;
        Address = address;
    }

    /// <summary>The e-mail of the admin account the dock creates on its first start.</summary>
    public const string AdminEmail = "admin@localhost";

    /// <summary>The admin account's password, set through the dock's environment so tests can sign in as the admin.</summary>
    public const string AdminPassword = "Dock-Admin-Pass1!";

    /// <summary>The dock's base address, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; }

    /// <summary>What the server wrote so far, for failure messages.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>Starts the server (seeding it when <paramref name="seed"/>) and waits until it answers <c>/alive</c>.</summary>
    public static async Task<DockServerProcess> StartAsync(bool seed = false)
    {
        var dll = ServerDll();
        var data = Directory.CreateTempSubdirectory("learnware-dock-browser-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString().TrimEnd('/'));
        if (!seed)
            info.ArgumentList.Add("--no-seed");
        info.Environment["LEARNWARE_DOCK_DATA"] = data;
        info.Environment.Remove("LEARNWARE_MARKET_DATABASE");
        info.Environment["LEARNWARE_DOCK_ADMIN_PASSWORD"] = AdminPassword;
        // From its build output the dock serves the pages' files through its static web assets manifest, in any environment.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("the dock process did not start");
        var dock = new DockServerProcess(process, data, address);
        process.OutputDataReceived += (_, e) => dock.Append(e.Data);
        process.ErrorDataReceived += (_, e) => dock.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await dock.WaitUntilAliveAsync();
        return dock;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitUntilAliveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"the dock exited with {_process.ExitCode} before answering:\n{Log}");
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "alive"));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the dock did not answer /alive within {StartTimeout}:\n{Log}");
    }

    // The server project is built with the tests (a project reference) into its own bin folder, in this configuration.
    private static string ServerDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Learnware.Server", "bin", testBin.Parent!.Name, testBin.Name, "learnware-dock.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is missing: build the server first", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
