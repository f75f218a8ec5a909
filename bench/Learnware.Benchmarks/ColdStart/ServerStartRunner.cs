using System.Diagnostics;
using System.Globalization;
using System.Net;
using static Learnware.Benchmarks.ColdStart.ProcessRuns;

namespace Learnware.Benchmarks.ColdStart;

/// <summary>
/// Times the dock server's first answers after a fresh start, as an operator restarting it sees them: from the
/// process's start to the first successful <c>/health</c>, then to the first successful <c>POST /api/v1/search</c>
/// (a text search, which opens the market and runs its queries), each run on an empty data folder without seeding.
/// The bare start of the CLI (<c>learnware --version</c>) is timed in the same rounds, so the ratio to it compares
/// with the cold-start table.
/// </summary>
internal static class ServerStartRunner
{
    public const string Command = "server-start";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Option(args, "--server") ?? Path.Combine("src", "Learnware.Server", "bin", "Release", "net10.0", "learnware-dock.dll");
        var cli = Option(args, "--cli") ?? Path.Combine("artifacts", "cli", "learnware");
        int runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        foreach (var file in new[] { server, cli })
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"error: no file at {file}: build or publish it, or name another with --server/--cli");
                return 2;
            }
        }

        var (bare, health, search) = (new List<double>(), new List<double>(), new List<double>());
        for (int round = 0; round < runs; round++)
        {
            Console.Error.WriteLine($"round {round + 1} of {runs}");
            bare.Add(TimeProcess(Path.GetFullPath(cli), [ColdStartCase.BareStart]));
            var (toHealth, toSearch) = await TimeServerAsync(server);
            health.Add(toHealth);
            search.Add(toSearch);
        }

        double b = Median(bare);
        Console.WriteLine(FormattableString.Invariant($"server {server}; CLI {cli}; medians of {runs} rounds; {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| from the server's start to | time (s) | x bare start of the CLI |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(FormattableString.Invariant($"| (bare start: `learnware --version`) | {b:F3} | 1.0x |"));
        Console.WriteLine(FormattableString.Invariant($"| first successful `GET /health` | {Median(health):F3} | {Median(health) / b:F1}x |"));
        Console.WriteLine(FormattableString.Invariant($"| first successful `POST /api/v1/search` | {Median(search):F3} | {Median(search) / b:F1}x |"));
        return 0;
    }

    private static async Task<(double Health, double Search)> TimeServerAsync(string server)
    {
        var data = Directory.CreateTempSubdirectory("learnware-server-start-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = StartInfo(Path.GetFullPath(server), ["--urls", address.ToString().TrimEnd('/'), "--no-seed"]);
        start.Environment["LEARNWARE_DOCK_DATA"] = data;
        start.Environment.Remove("LEARNWARE_MARKET_DATABASE");
        start.Environment["LEARNWARE_DOCK_ADMIN_PASSWORD"] = "Server-Start-Pass1!";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(server))!;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {server}");
        // The server's output is drained, never read: a full pipe would stall it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await UntilSuccessAsync(process, () => http.GetAsync(new Uri(address, "health")));
            double health = watch.Elapsed.TotalSeconds;
            await UntilSuccessAsync(process, () => http.PostAsync(new Uri(address, "api/v1/search"),
                new MultipartFormDataContent { { new StringContent("credit"), "text" } }));
            return (health, watch.Elapsed.TotalSeconds);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    // Polls every 5 ms: the figure is the first answer, so the poll must not add much to it.
    private static async Task UntilSuccessAsync(Process process, Func<Task<HttpResponseMessage>> request)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the server exited with {process.ExitCode} before answering");
            try
            {
                using var response = await request();
                if (response.IsSuccessStatusCode)
                    return;
                if (response.StatusCode is not HttpStatusCode.ServiceUnavailable)
                    throw new InvalidOperationException($"the server answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"the server did not answer within {StartTimeout}");
    }
}
