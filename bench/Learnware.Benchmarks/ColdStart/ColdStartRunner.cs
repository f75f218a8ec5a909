using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Learnware.Cli;
using static Learnware.Benchmarks.ColdStart.ProcessRuns;

namespace Learnware.Benchmarks.ColdStart;

/// <summary>
/// Times each CLI command as users run it, a fresh process per call, against a bare start of the same executable
/// (<c>learnware --version</c>) and against the same command run warm in this process. Cold runs of every case are
/// interleaved round by round, so that load from other work on the machine falls on all of them alike; each figure
/// is a median. A breakdown then runs the command's library calls phase by phase in fresh processes of this runner.
/// </summary>
internal static class ColdStartRunner
{
    public const string Command = "cold-start";

    public static async Task<int> RunAsync(string[] args)
    {
        var cli = Option(args, "--cli") ?? Path.Combine("artifacts", "cli", "learnware");
        int runs = int.Parse(Option(args, "--runs") ?? "7", CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(Option(args, "--work") ?? Path.Combine("artifacts", "cold-start"));
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"error: no CLI at {cli}: run scripts/publish-cli.sh first, or name one with --cli PATH");
            return 2;
        }

        Console.Error.WriteLine($"making the fixture in {work}");
        var fixture = await ColdStartFixture.CreateAsync(work);
        var cases = ColdStartCase.All(fixture);
        var cold = cases.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < runs; round++)
        {
            Console.Error.WriteLine($"cold round {round + 1} of {runs}");
            for (int c = 0; c < cases.Length; c++)
                cold[c].Add(TimeProcess(cli, cases[c].Args));
        }

        var jit = cases.Select(c => MeasureJit(cli, c.Args, work, runs: 3)).ToArray();
        var warm = cases.Select(c => c.IsBareStart ? double.NaN : TimeWarm(c.Args, runs)).ToArray();
        var phases = cases.Select((_, c) => Breakdown(c, work, runs: 3)).ToArray();

        double bare = Median(cold[0]);
        Console.WriteLine(FormattableString.Invariant(
            $"CLI {cli}; medians of {runs} interleaved cold runs; {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| command | cold (s) | x bare start | goal | warm in process (s) | cold / warm | goal met | JIT in the cold process (s, methods) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|---:|");
        for (int c = 0; c < cases.Length; c++)
        {
            var (name, time) = (cases[c].Name, Median(cold[c]));
            var goal = cases[c] switch
            {
                { Goal: { } g } => FormattableString.Invariant($"≤ {g}x bare"),
                { WarmGoal: { } g } => FormattableString.Invariant($"≤ {g}x warm"),
                _ => "-",
            };
            bool? met = cases[c] switch
            {
                { Goal: { } g } => time / bare <= g,
                { WarmGoal: { } g } => time / warm[c] <= g,
                _ => null,
            };
            Console.WriteLine(FormattableString.Invariant(
                $"| {name} | {time:F3} | {time / bare:F1}x | {goal} | {Format(warm[c])} | {Ratio(time, warm[c])} | {(met is null ? "-" : met.Value ? "yes" : "no")} | {jit[c].Seconds:F3}, {jit[c].Methods} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Breakdown (fresh processes of this runner making the same library calls; medians of 3; JIT time in brackets):");
        Console.WriteLine();
        Console.WriteLine("| command | phases: seconds (of which JIT) |");
        Console.WriteLine("|---|---|");
        for (int c = 0; c < cases.Length; c++)
            Console.WriteLine($"| {cases[c].Name} | {string.Join("; ", phases[c].Select(p => FormattableString.Invariant($"{p.Name} {p.Seconds:F3} ({p.JitSeconds:F3})")))} |");
        return 0;
    }

    private static string Format(double seconds) => double.IsNaN(seconds) ? "-" : seconds.ToString("F3", CultureInfo.InvariantCulture);

    private static string Ratio(double cold, double warm) => double.IsNaN(warm) ? "-" : FormattableString.Invariant($"{cold / warm:F1}x");

    /// <summary>
    /// The JIT's compilation time and method count in fresh CLI processes (medians), reported at exit by this
    /// assembly's <see cref="StartupHook"/>, which the runtime loads before the CLI's own code.
    /// </summary>
    private static (double Seconds, int Methods) MeasureJit(string cli, string[] args, string work, int runs)
    {
        var report = Path.Combine(work, "out", "jit.txt");
        File.Delete(report);
        for (int i = 0; i < runs; i++)
        {
            var start = StartInfo(cli, args);
            start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
            start.Environment[StartupHook.ReportVariable] = report;
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {cli}");
            process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        var lines = File.ReadAllLines(report).Select(line => line.Split(' ')).ToArray();
        return (Median(lines.Select(l => double.Parse(l[0], CultureInfo.InvariantCulture))),
            (int)Median(lines.Select(l => double.Parse(l[1], CultureInfo.InvariantCulture))));
    }

    /// <summary>The same command line run in this process: two runs to warm up, then the median of <paramref name="runs"/>.</summary>
    private static double TimeWarm(string[] args, int runs)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, Interactive: false);
        var times = new List<double>();
        for (int i = 0; i < runs + 2; i++)
        {
            var watch = Stopwatch.StartNew();
            int code = CliApp.Run(args, console);
            if (code != 0)
                throw new InvalidOperationException($"learnware {string.Join(' ', args)} exited with {code} in process");
            if (i >= 2)
                times.Add(watch.Elapsed.TotalSeconds);
        }
        return Median(times);
    }

    /// <summary>Each phase's median wall and JIT time over <paramref name="runs"/> fresh probe processes.</summary>
    private static PhaseClock.Phase[] Breakdown(int caseIndex, string work, int runs)
    {
        var samples = new List<PhaseClock.Phase[]>();
        for (int i = 0; i < runs; i++)
        {
            var start = StartInfo(Environment.ProcessPath!, [ColdStartProbe.Command, caseIndex.ToString(CultureInfo.InvariantCulture), work]);
            if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
                start.ArgumentList.Insert(0, typeof(ColdStartRunner).Assembly.Location);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the probe");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"the probe of case {caseIndex} exited with {process.ExitCode}: {error.Result}");
            samples.Add(JsonSerializer.Deserialize<PhaseClock.Phase[]>(output)!);
        }
        return [.. samples[0].Select((p, k) => p with
        {
            Seconds = Median(samples.Select(s => s[k].Seconds)),
            JitSeconds = Median(samples.Select(s => s[k].JitSeconds)),
            JitMethods = (int)Median(samples.Select(s => (double)s[k].JitMethods)),
        })];
    }
}
