using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Learnware.Server.Tests.Process;

/// <summary>
/// The real dock as a child process (<c>dotnet learnware-dock.dll</c>) on a free loopback port and a data folder of its
/// own, unseeded, with its console output kept for failure messages. Disposing (or <see cref="Kill"/>) ends the whole
/// process tree with SIGKILL, as a crash would.
/// </summary>
public sealed class DockProcess : IAsyncDisposable
{
    /// <summary>The admin password the tests set, for the tests that log in.</summary>
    public const string AdminPassword = "Reliability-Test-Passw0rd!";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);

    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();
    private Task<string>? _token;

    private DockProcess(System.Diagnostics.Process process, Uri address, string dataFolder)
    {
        _process = process;
        Address = address;
        DataFolder = dataFolder;
    }

    /// <summary>Where the dock listens (a worker, with no HTTP API, listens nowhere).</summary>
    public Uri Address { get; }

    /// <summary>The dock's data folder.</summary>
    public string DataFolder { get; }

    /// <summary>Whether the process is still running.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
                return _output.ToString();
        }
    }

    /// <summary>
    /// Starts a dock on <paramref name="dataFolder"/> and waits until <c>/health</c> answers 200 (or, with
    /// <c>--worker-only</c> among <paramref name="arguments"/>, until the worker says it started).
    /// </summary>
    /// <param name="dataFolder">The data folder (LEARNWARE_DOCK_DATA): the same folder again for a restart.</param>
    /// <param name="environment">More environment variables (check time limit, abandoned-claim age, database).</param>
    /// <param name="arguments">More command-line arguments, e.g. <c>--worker-only</c>.</param>
    public static async Task<DockProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string>? environment = null,
        params string[] arguments)
    {
        var worker = arguments.Contains("--worker-only");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        // The host running the tests (the SDK names it for its child processes), else the one on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } named ? named : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "learnware-dock.dll"));
        start.ArgumentList.Add("--no-seed");
        if (!worker)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        }

        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment[DockOptions.DataVariable] = dataFolder;
        start.Environment[DockOptions.AdminPasswordVariable] = AdminPassword;
        start.Environment[DockOptions.QueuePollIntervalVariable] = "0.05";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The test process's own settings must not leak into the dock's.
        start.Environment.Remove(DockOptions.DatabaseVariable);
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var process = new System.Diagnostics.Process { StartInfo = start, EnableRaisingEvents = true };
        var dock = new DockProcess(process, address, dataFolder);
        process.OutputDataReceived += (_, e) => dock.Append(e.Data);
        process.ErrorDataReceived += (_, e) => dock.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (worker)
                await dock.WaitForOutputAsync("Application started", StartTimeout);
            else
                await dock.WaitHealthyAsync();
        }
        catch
        {
            await dock.DisposeAsync();
            throw;
        }

        return dock;
    }

    /// <summary>
    /// An HTTP client of this dock, allowed to upload: it carries an API token with the read and write scopes, issued to
    /// the admin account once per process (logging in with <see cref="AdminPassword"/>). Every test gets its clients
    /// here, so how a caller proves who it is lives in this one place.
    /// </summary>
    public async Task<HttpClient> AuthorizedClientAsync()
    {
        var token = await (_token ??= IssueTokenAsync());
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An anonymous HTTP client of this dock, with a bounded timeout per request.</summary>
    public HttpClient Client(TimeSpan? timeout = null) =>
        new() { BaseAddress = Address, Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    /// <summary>Ends the process at once with SIGKILL (the whole tree), as a crash or an out-of-memory kill would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            throw new TimeoutException($"the dock did not exit after SIGKILL\n{Describe()}");
        // Let the asynchronous readers drain what the process wrote before it died.
        _process.WaitForExit();
    }

    /// <summary>Waits until the output has a line containing <paramref name="text"/>; the output is in the failure.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (!Running)
                throw new InvalidOperationException($"the dock exited (code {_process.ExitCode}) before writing '{text}'\n{Describe()}");
            if (deadline.Elapsed > timeout)
                throw new TimeoutException($"the dock did not write '{text}' within {timeout.TotalSeconds} s\n{Describe()}");
            await Task.Delay(50);
        }
    }

    /// <summary>How many output lines contain <paramref name="text"/>.</summary>
    public int CountOutputLines(string text) =>
        Output.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>The process's state and everything it wrote, for a failure message.</summary>
    public string Describe() =>
        $"dock at {Address} on {DataFolder} ({(Running ? "running" : $"exited with {_process.ExitCode}")}); its output:\n{Output}";

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string> IssueTokenAsync()
    {
        using var client = Client();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@localhost", password = AdminPassword });
        if (login.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"the admin could not log in: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}\n{Describe()}");
        var access = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens")
        {
            Content = JsonContent.Create(new { name = "reliability tests", scopes = new[] { "read", "write" }, expiresInDays = 1 }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        var issued = await client.SendAsync(request);
        if (issued.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"no API token for the admin: {(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync()}\n{Describe()}");
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private async Task WaitHealthyAsync()
    {
        using var client = Client(TimeSpan.FromSeconds(5));
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (!Running)
                throw new InvalidOperationException($"the dock exited (code {_process.ExitCode}) while starting\n{Describe()}");
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > StartTimeout)
                throw new TimeoutException($"the dock was not healthy within {StartTimeout.TotalSeconds} s\n{Describe()}");
            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_outputLock)
            _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
