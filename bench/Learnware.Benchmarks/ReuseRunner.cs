using System.Diagnostics;
using System.Globalization;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse;
using Learnware.Specifications;

namespace Learnware.Benchmarks;

/// <summary>
/// Times herding and the job selector on two learnwares (K = 100, d = 20) and a 10,000-row user mixed 60/40 from
/// their distributions, against baselines run in the same process: the old per-pick kernel-matrix herding, and the
/// reference's herded LightGBM selector (fitted once, and retrained on every predict call as the reference does),
/// whose routing the RKME-density router is compared with.
/// </summary>
internal static class ReuseRunner
{
    private const int Dimension = 20, UserRows = 10_000, HerdingCount = 1000;

    // The reference package on this class of 2-core machine: herding 1,000 samples for two learnwares.
    private const double ReferenceHerdingSeconds = 243;

    /// <summary>Commands that run this benchmark: both parts, or one of them.</summary>
    public static readonly string[] Commands = ["reuse", "herding", "job-selector"];

    public static int Run(string command, string[] args)
    {
        bool herding = command != "job-selector", selector = command != "herding";
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var specs = new[] { Spec(centreSeed: 1, pointSeed: 11), Spec(centreSeed: 2, pointSeed: 12) };
        var user = Stack(Blobs(6_000, centreSeed: 1, pointSeed: 21), Blobs(4_000, centreSeed: 2, pointSeed: 22));
        var origin = Enumerable.Range(0, UserRows).Select(r => r < 6_000 ? 0 : 1).ToArray();
        var counts = MixtureSolver.SampleCounts(MixtureSolver.Compute(specs, user), HerdingCount);

        Console.WriteLine($"Reuse: two learnwares (K = 100, d = {Dimension}), {UserRows} user rows; herded counts {counts[0]} + {counts[1]}; " +
            $"median of {repeats} runs (baselines once); {Environment.ProcessorCount} cores");
        Console.WriteLine("| step | time (s) | CPU (s) | baseline | baseline (s) | baseline CPU (s) | speed-up vs baseline | reference (s) | speed-up vs reference | quality |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---|");

        if (herding)
            HerdingRow(specs, counts, repeats);
        if (selector)
            JobSelectorRows(specs, user, origin, repeats);
        return 0;
    }

    private static void HerdingRow(RkmeTableSpecification[] specs, int[] counts, int repeats)
    {
        Herd(specs, counts, Herding.Sample); // warm-up
        var fast = Median(repeats, () => Herd(specs, counts, Herding.Sample));
        double[][] baselineSamples = [];
        var baseline = Median(1, () => baselineSamples = Herd(specs, counts, BaselineHerding.Sample));
        var fastSamples = Herd(specs, counts, Herding.Sample);
        bool same = fastSamples.Zip(baselineSamples).All(p => p.First.Zip(p.Second).All(v => Math.Abs(v.First - v.Second) < 1e-9));
        string mmd = string.Join(" / ", specs.Select((s, i) => Mmd2(s, fastSamples[i]).ToString("G3", CultureInfo.InvariantCulture)));
        Row("herding 1,000 samples, 2 learnwares", fast, "per-pick RbfKernel.Matrix", baseline, ReferenceHerdingSeconds,
            $"MMD² to spec {mmd}; same samples as baseline: {(same ? "yes" : "no")}");
    }

    private static void JobSelectorRows(RkmeTableSpecification[] specs, DenseMatrix user, int[] origin, int repeats)
    {
        var learnwares = specs.Select((s, i) => new ReusableLearnware($"lw{i}", new CentroidModel(i, 2), s, ModelKind.Classifier, 2)).ToArray();
        var herded = new JobSelectorOptions { Router = JobSelectorRouter.HerdedLightGbm };
        new JobSelectorReuser(learnwares).Predict(user); // warm-up (JIT)
        new JobSelectorReuser(learnwares, herded).Predict(user); // warm-up (ML.NET)
        var fit = Median(repeats, () => new JobSelectorReuser(learnwares).Fit(user));
        var herdedFit = Median(1, () => new JobSelectorReuser(learnwares, herded).Fit(user));
        var reuser = new JobSelectorReuser(learnwares).Fit(user);
        var baseline = new JobSelectorReuser(learnwares, herded).Fit(user);
        var predict = Median(repeats, () => reuser.Predict(user));
        var refitEachCall = Median(1, () => new JobSelectorReuser(learnwares, herded).Predict(user));
        // The oracle sends every row to its own source's learnware, so the share routed there is the share of it reached.
        double density = reuser.Select(user).Zip(origin).Average(p => p.First == p.Second ? 1.0 : 0.0);
        double herdedShare = baseline.Select(user).Zip(origin).Average(p => p.First == p.Second ? 1.0 : 0.0);
        Row("job selector fit: weights + RKME-density router", fit, "weights + herding + LightGBM (reference)", herdedFit, double.NaN,
            FormattableString.Invariant($"rows routed to their own learnware (share of the oracle): {density:P2}, herded LightGBM {herdedShare:P2}"));
        Row($"job selector predict, {UserRows:N0} rows", predict, "herded selector refitted on the call", refitEachCall, double.NaN, "");
    }

    private static double[][] Herd(RkmeTableSpecification[] specs, int[] counts, Func<RkmeTableSpecification, int, Random, double[]> herd) =>
        [.. specs.Select((s, i) => counts[i] > 0 ? herd(s, counts[i], new Random(i)) : [])];

    private static void Row(string step, (double Wall, double Cpu) time, string baselineName, (double Wall, double Cpu) baseline,
        double reference, string quality)
    {
        static string Seconds(double s) => double.IsNaN(s) ? "-" : s.ToString("F3", CultureInfo.InvariantCulture);
        static string Ratio(double a, double b) => double.IsNaN(a) ? "-" : FormattableString.Invariant($"{a / b:F0}x");
        Console.WriteLine($"| {step} | {Seconds(time.Wall)} | {Seconds(time.Cpu)} | {baselineName} | {Seconds(baseline.Wall)} | " +
            $"{Seconds(baseline.Cpu)} | {Ratio(baseline.Wall, time.Wall)} | " +
            $"{(double.IsNaN(reference) ? "-" : reference.ToString("F0", CultureInfo.InvariantCulture))} | {Ratio(reference, time.Wall)} | {quality} |");
    }

    private static RkmeTableSpecification Spec(int centreSeed, int pointSeed) =>
        RkmeTableSpecification.FromData(Blobs(5_000, centreSeed, pointSeed));

    /// <summary>Four Gaussian blobs of unit spread; the centres depend on one seed, the points on another.</summary>
    private static DenseMatrix Blobs(int n, int centreSeed, int pointSeed)
    {
        var centres = new Random(centreSeed);
        var centre = Enumerable.Range(0, 4 * Dimension).Select(_ => centres.NextDouble() * 6 - 3).ToArray();
        var random = new Random(pointSeed);
        var data = new double[n * Dimension];
        for (int i = 0; i < n; i++)
        {
            int c = random.Next(4);
            for (int j = 0; j < Dimension; j++)
                data[i * Dimension + j] = centre[c * Dimension + j] + StandardNormal.Sample(random);
        }
        return new DenseMatrix(data, n, Dimension);
    }

    private static DenseMatrix Stack(DenseMatrix a, DenseMatrix b) => new([.. a.Data, .. b.Data], a.Rows + b.Rows, Dimension);

    private static double Mmd2(RkmeTableSpecification spec, double[] samples)
    {
        int t = samples.Length / Dimension;
        return spec.SquaredDistance(new RkmeTableSpecification(samples, Dimension, Enumerable.Repeat(1.0 / t, t).ToArray(), spec.Gamma, t));
    }

    /// <summary>Wall and process CPU seconds of the run with the median wall time.</summary>
    /// <remarks>CPU time is reported too because the machine is shared: it shows the work when the wall clock also
    /// counts waiting for a core.</remarks>
    private static (double Wall, double Cpu) Median(int repeats, Action action)
    {
        var times = new (double Wall, double Cpu)[Math.Max(1, repeats)];
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < times.Length; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            double wall = watch.Elapsed.TotalSeconds;
            process.Refresh();
            times[i] = (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        Array.Sort(times);
        return times[times.Length / 2];
    }
}
