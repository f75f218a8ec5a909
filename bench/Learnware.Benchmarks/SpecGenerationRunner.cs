using System.Diagnostics;
using System.Globalization;
using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Benchmarks;

/// <summary>
/// Times RKME table specification generation over a grid of table sizes, against a baseline in the same process:
/// the same algorithm with the SIMD matrix kernel switched off (the portable scalar path).
/// </summary>
internal static class SpecGenerationRunner
{
    // Reference package timings on this class of 2-core machine (K = 100, gamma = 0.1, 3 steps).
    private static readonly Dictionary<(int N, int D), double> ReferenceSeconds = new()
    {
        [(20_000, 50)] = 0.84,
        [(5_000, 10)] = 0.11,
    };

    public static int Run(string[] args)
    {
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        bool withBaseline = !args.Contains("--no-baseline");
        (int N, int D)[] grid = [(1_000, 10), (1_000, 50), (5_000, 10), (20_000, 10), (20_000, 50), (100_000, 10), (100_000, 50)];
        Console.WriteLine($"RKME table spec generation, K = 100, gamma = 0.1, 3 steps; median of {repeats} runs; {Environment.ProcessorCount} cores");
        Console.WriteLine("| n | d | time (s) | scalar baseline (s) | speed-up vs baseline | reference (s) | speed-up vs reference | MMD² to data | peak working set (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (n, d) in grid)
        {
            var data = Blobs(n, d, seed: n + d);
            // Warm-up: the first calls run tier-0 code of the tensor primitives until the JIT promotes them.
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed.TotalSeconds < 1)
                Generate(data);
            double fast = Median(repeats, () => Generate(data));
            double baseline = double.NaN;
            if (withBaseline)
            {
                Gemm.ForceScalar = true;
                try { baseline = Median(Math.Min(repeats, 1), () => Generate(data)); }
                finally { Gemm.ForceScalar = false; }
            }
            var spec = RkmeTableSpecification.FromData(data);
            string mmd = n <= 20_000 ? Mmd2ToData(spec, data).ToString("G4", CultureInfo.InvariantCulture) : "-";
            string reference = ReferenceSeconds.TryGetValue((n, d), out var r) ? r.ToString("F2", CultureInfo.InvariantCulture) : "-";
            string vsReference = ReferenceSeconds.TryGetValue((n, d), out r) ? $"{r / fast:F1}x" : "-";
            long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
            Console.WriteLine(FormattableString.Invariant(
                $"| {n} | {d} | {fast:F3} | {baseline:F3} | {baseline / fast:F1}x | {reference} | {vsReference} | {mmd} | {peakMb} |"));
        }
        return 0;
    }

    private static void Generate(DenseMatrix data) => RkmeTableSpecification.FromData(data);

    /// <summary>The median wall time of <paramref name="repeats"/> runs, in seconds.</summary>
    internal static double Median(int repeats, Action action)
    {
        var times = new double[Math.Max(1, repeats)];
        for (int i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return times[times.Length / 2];
    }

    /// <summary>Eight Gaussian blobs with unit spread around centres drawn in [-3, 3]^d.</summary>
    internal static DenseMatrix Blobs(int n, int d, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, 8 * d).Select(_ => random.NextDouble() * 6 - 3).ToArray();
        var data = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            int c = random.Next(8);
            for (int j = 0; j < d; j++)
                data[i * d + j] = centres[c * d + j] + StandardNormal.Sample(random);
        }
        return new DenseMatrix(data, n, d);
    }

    private static double Mmd2ToData(RkmeTableSpecification spec, DenseMatrix data) =>
        spec.SquaredDistance(RkmeTableSpecification.FromData(data, new RkmeOptions { Reduce = false }));
}
