using System.Diagnostics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Running;

namespace Learnware.Benchmarks;

/// <summary>
/// <c>protocol [--quick] [--out DIR] [--seed N] [--only tables,images,text]</c>: the learnware protocol on public data;
/// writes results.md (with its PNG figures) and results.json into DIR (default docs/).
/// </summary>
internal static class ProtocolCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        bool quick = false;
        string output = "docs";
        int seed = 1;
        string[]? only = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out int s): seed = s; i++; break;
                case "--only" when i + 1 < args.Length: only = args[++i].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries); break;
                default:
                    Console.Error.WriteLine($"protocol: unknown or incomplete option '{args[i]}'; usage: protocol [--quick] [--out DIR] [--seed N] [--only tables,images,text]");
                    return 2;
            }
        }
        var datasets = PublicDatasets.Installed(Environment.GetEnvironmentVariable("LEARNWARE_DATASETS"));
        if (!datasets.Available)
        {
            Console.Error.WriteLine("protocol: the public data sets are missing; run scripts/install-prereqs.sh (as root)");
            return 2;
        }
        var scale = quick ? ProtocolScale.QuickMode : ProtocolScale.Full;
        string command = "dotnet run -c Release --project bench/Learnware.Benchmarks -- protocol" + (quick ? " --quick" : "") +
            (seed != 1 ? $" --seed {seed}" : "") + (only is null ? "" : $" --only {string.Join(',', only)}");
        var watch = Stopwatch.StartNew();
        try
        {
            await ProtocolSuite.RunAsync(datasets, scale, output, seed, command, new ConsoleLogger<ProtocolRunner>(), only: only).ConfigureAwait(false);
        }
        catch (ArgumentException e) when (e.ParamName == "only")
        {
            Console.Error.WriteLine($"protocol: --only: {e.Message}");
            return 2;
        }
        Console.WriteLine($"wrote {Path.Combine(output, "results.md")} and results.json in {watch.Elapsed.TotalMinutes:F1} minutes");
        return 0;
    }
}
