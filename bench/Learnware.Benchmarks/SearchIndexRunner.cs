using System.Diagnostics;
using System.Globalization;
using Learnware.Market.Index;
using Learnware.Specifications;

namespace Learnware.Benchmarks;

/// <summary>
/// Statistical search through the sketch index against exact linear search, on synthetic islands of 1k to 1M
/// learnwares: build time, sketch memory, query latency, recall@10 and the exact/indexed time ratio, all measured in
/// this process.
/// </summary>
internal static class SearchIndexRunner
{
    private const int Dimension = 10;
    private const int LearnwarePoints = 10;
    private const int UserRows = 300;
    private const int UserPoints = 20;
    private const int TopCount = 10;
    private const int BatchSize = 65_536;
    private const int MinimumExactQueries = 20;
    private const int WarmUps = 20;

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "1000,10000,100000,1000000").Split(',')
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        int features = int.Parse(Option(args, "--features", "128"), CultureInfo.InvariantCulture);
        int rerank = int.Parse(Option(args, "--rerank", "400"), CultureInfo.InvariantCulture);
        int queries = int.Parse(Option(args, "--queries", "200"), CultureInfo.InvariantCulture);
        int exactBudget = int.Parse(Option(args, "--exact-budget", "5000000"), CultureInfo.InvariantCulture);
        int seed = int.Parse(Option(args, "--seed", "1"), CultureInfo.InvariantCulture);
        var options = new IndexedRankingOptions { MinimumRerank = rerank, RerankPerResult = Math.Max(1, rerank / TopCount) };

        var watch = Stopwatch.StartNew();
        var specs = SyntheticMarket.Learnwares(sizes.Max(), Dimension, LearnwarePoints, seed);
        var ids = Enumerable.Range(0, specs.Length).Select(i => "lw" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var users = Enumerable.Range(0, queries).AsParallel().AsOrdered()
            .Select(q => SyntheticMarket.User(q, Dimension, UserRows, UserPoints, seed)).ToArray();
        Console.WriteLine(FormattableString.Invariant(
            $"Search index: d = {Dimension}, learnware K = {LearnwarePoints}, user K = {UserPoints} (from {UserRows} rows), gamma = {SyntheticMarket.Gamma}, ") +
            FormattableString.Invariant(
            $"D = {features}, R = {options.RerankCount(TopCount)}, top {TopCount}, {queries} queries, {Environment.ProcessorCount} cores; ") +
            FormattableString.Invariant($"market made in {watch.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine();
        Console.WriteLine("| learnwares | path | build (s) | sketch memory (MB) | query p50 (ms) | query p99 (ms) | scan p50 (ms) | exact linear p50 (ms) | exact / indexed | recall@10 | sketch-only recall@10 | exact queries |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        RkmeTableSpecification Fetch(string id) => specs[int.Parse(id.AsSpan(2), CultureInfo.InvariantCulture)];
        foreach (int size in sizes)
        {
            var row = Measure(size, specs, ids, users, Fetch, features, seed, options, Math.Clamp(Math.Max(MinimumExactQueries, exactBudget / size), 1, queries));
            Console.WriteLine(row);
        }
        return 0;
    }

    private static string Measure(int size, RkmeTableSpecification[] specs, string[] ids, RkmeTableSpecification[] users,
        Func<string, RkmeTableSpecification> fetch, int features, int seed, IndexedRankingOptions options, int exactQueries)
    {
        var map = new RandomFeatureMap(Dimension, SyntheticMarket.Gamma, features, unchecked((ulong)seed));
        var watch = Stopwatch.StartNew();
        using var index = new SketchIndex(map, size);
        for (int start = 0; start < size; start += BatchSize)
        {
            int end = Math.Min(size, start + BatchSize);
            index.AddRange(Enumerable.Range(start, end - start)
                .Select(i => new KeyValuePair<string, RkmeTableSpecification>(ids[i], specs[i])).ToArray());
        }
        double build = watch.Elapsed.TotalSeconds;
        var ranking = new IndexedStatisticalRanking(index, fetch, options);
        var island = ids.AsMemory(0, size).ToArray();

        // Warm-up: enough calls for tiered compilation to settle, so neither side is timed partly unoptimised.
        var warmUpIsland = island.AsSpan(0, Math.Min(size, 2000)).ToArray();
        for (int w = 0; w < WarmUps; w++)
        {
            ranking.Rank(users[w % users.Length], TopCount);
            ExactStatisticalRanking.Rank(users[w % users.Length], warmUpIsland, fetch, TopCount);
        }

        // Each query times the scan alone, then the full ranking, then (for the first few) exact linear search, so
        // that all three see the same load on the machine.
        var userSketches = users.Select(map.Sketch).ToArray();
        var queryMs = new double[users.Length];
        var scanMs = new double[users.Length];
        var exactMs = new double[exactQueries];
        double sketchRecall = 0, recall = 0;
        for (int q = 0; q < users.Length; q++)
        {
            watch.Restart();
            var candidates = index.Query(userSketches[q], options.RerankCount(TopCount));
            scanMs[q] = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var indexed = ranking.Rank(users[q], TopCount);
            queryMs[q] = watch.Elapsed.TotalMilliseconds;
            if (q >= exactQueries)
                continue;
            watch.Restart();
            var exact = ExactStatisticalRanking.Rank(users[q], island, fetch, TopCount);
            exactMs[q] = watch.Elapsed.TotalMilliseconds;
            var truth = exact.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            recall += indexed.Count(r => truth.Contains(r.Id)) / (double)truth.Count;
            sketchRecall += candidates.Take(TopCount).Count(h => truth.Contains(h.Id)) / (double)truth.Count;
        }

        string path = ranking.UsesSketches(users[0]) ? "sketch + rerank" : "exact (below threshold)";
        double p50 = Percentile(queryMs, 0.5), exactP50 = Percentile(exactMs, 0.5);
        return FormattableString.Invariant(
                $"| {size:N0} | {path} | {build:F2} | {index.SketchBytes / 1048576.0:F1} | {p50:F2} | {Percentile(queryMs, 0.99):F2} | ") +
            FormattableString.Invariant(
                $"{Percentile(scanMs, 0.5):F2} | {exactP50:F1} | {exactP50 / p50:F0}x | {recall / exactQueries:F3} | ") +
            FormattableString.Invariant($"{sketchRecall / exactQueries:F3} | {exactQueries} |");
    }

    /// <summary>The nearest-rank percentile.</summary>
    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string Option(string[] args, string name, string fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
