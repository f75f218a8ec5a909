using System.Globalization;
using System.Text;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Running;

namespace Learnware.Protocol.Reporting;

/// <summary>results.md: per data set the unlabelled table, the labelled curves, their figures and a reading.</summary>
public static class ResultsMarkdown
{
    /// <summary>Writes results.md and its PNG figures into <paramref name="folder"/>.</summary>
    public static void Write(string folder, IReadOnlyDictionary<string, IReadOnlyList<ScenarioResult>> results, ProtocolScale scale,
        string command, int seed, double seconds)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(scale);
        var md = new StringBuilder();
        md.AppendLine("# Learning quality: the learnware protocol on public data").AppendLine();
        md.AppendLine(Invariant($"Made by `{command}` (seed {seed}, {(scale.Quick ? "quick" : "full")} mode) in {seconds / 60:F1} minutes on {Environment.ProcessorCount} cores. "));
        md.AppendLine("Every learnware is trained with ML.NET (LightGBM for tables, a maximum-entropy classifier for images and " +
            "text), exported to ONNX, packed with its RKME and semantic specifications, and added through a fresh market, which " +
            "checks it like any upload. Each user makes the RKME of their unlabelled data as `learnware spec table|image|text` " +
            "does, searches the market (mixtures of up to 3), and scores: **Mean in market** and **Best in market** (every " +
            "learnware on the user's data), **Top-1 reuse** (the first search result), **Job selector** and **Average " +
            "ensemble** (over the search's mixture; probabilities averaged for classification). The **identification rate** " +
            "is the share of users whose top-1 learnware was trained on their dominant source (tables) or main classes " +
            "(images, text). With labels: the user's own model (the learnwares' learner on the user's labelled data), feature " +
            "augmentation of the top-1 learnware and ensemble pruning of the mixture, on labelled data drawn from the user's " +
            "pool; each point is the mean over users, averaged over repeats (bars: standard deviation over repeats).");
        md.AppendLine();
        foreach (var modality in ProtocolModalities.All)
        {
            md.AppendLine($"## {char.ToUpperInvariant(modality[0])}{modality[1..]}").AppendLine();
            if (!results.TryGetValue(modality, out var scenarios))
            {
                md.AppendLine("Not run.").AppendLine();
                continue;
            }
            if (modality == ProtocolModalities.Tables)
                md.AppendLine(Invariant($"Users: {scale.UsersPerScenario} per data set, each with {scale.UserTestRows} test rows from two or three ") +
                    "sources (shares 70/30, 60/25/15, 80/20, 50/30/20 in turn). Sources hold out 40% of their rows for the users. " +
                    Invariant($"Data sets are capped at {scale.MaxRowsPerDataset:N0} rows (a seeded sample); {scale.Repeats} repeats per labelled size.")).AppendLine();
            foreach (var result in scenarios)
                Scenario(md, folder, modality, result, command, seed);
        }
        ClosingNote(md, results);
        md.AppendLine("## Summary").AppendLine();
        md.AppendLine("| data set | metric | Mean in market | Best in market | Top-1 reuse | Job selector | Average ensemble | identification | oracle routing |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results.Values.SelectMany(r => r))
            md.AppendLine(Invariant($"| {result.Scenario.Name} | {result.Scenario.Metric.Name()} | {result.Mean(u => u.MeanInMarket):F4} | {result.Mean(u => u.BestInMarket):F4} | {result.Mean(u => u.Top1Reuse):F4} | {result.Mean(u => u.JobSelector):F4} | {result.Mean(u => u.AverageEnsemble):F4} | {result.IdentificationRate:P0} | {result.Mean(u => u.OracleRouting):F4} |"));
        md.AppendLine();
        File.WriteAllText(Path.Combine(folder, "results.md"), md.ToString());
    }

    private static void Scenario(StringBuilder md, string folder, string modality, ScenarioResult result, string command, int seed)
    {
        var metric = result.Scenario.Metric;
        md.AppendLine($"### {result.Scenario.Name} ({metric.Name()}, {(metric.HigherIsBetter() ? "higher" : "lower")} is better)").AppendLine();
        md.AppendLine(Invariant($"{result.Scenario.Description} {result.LearnwareCount} learnwares, one per source, all accepted by the market's checks; {result.Users.Count} users; {result.Seconds:F0} s.")).AppendLine();
        if (result.Scenario.UserDescription is { } users)
            md.AppendLine(users).AppendLine();
        string notIdentified = result.Scenario.UserDescription is null ? " (not dominant)" : " (not identified)";
        md.AppendLine("| user | sources | top-1 from | mixture | Mean in market | Best in market | Top-1 reuse | Job selector | Average ensemble | oracle routing |");
        md.AppendLine("|---|---|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var u in result.Users)
            md.AppendLine(Invariant($"| {u.User} | {u.Sources} | {u.Top1Source}{(u.Identified ? "" : notIdentified)} | {u.Mixture} | {u.MeanInMarket:F4} | {u.BestInMarket:F4} | {u.Top1Reuse:F4} | {u.JobSelector:F4} | {u.AverageEnsemble:F4} | {u.OracleRouting:F4} |"));
        double mean = result.Mean(u => u.MeanInMarket), best = result.Mean(u => u.BestInMarket), top = result.Mean(u => u.Top1Reuse),
            selector = result.Mean(u => u.JobSelector), average = result.Mean(u => u.AverageEnsemble), oracle = result.Mean(u => u.OracleRouting);
        md.AppendLine(Invariant($"| **mean** | | identification {result.IdentificationRate:P0} | | **{mean:F4}** | **{best:F4}** | **{top:F4}** | **{selector:F4}** | **{average:F4}** | **{oracle:F4}** |"));
        md.AppendLine();
        string bars = ProtocolPlots.Unlabelled(result, folder);
        md.AppendLine($"![{result.Scenario.Name} without labels]({bars})").AppendLine();
        md.AppendLine($"*Figure: {result.Scenario.Name} without labels; seed {seed}; `{command}`.*").AppendLine();
        md.AppendLine(Reading(modality, mean, best, top, selector, average, result.IdentificationRate)).AppendLine();
        string routing = result.Scenario.UserDescription is null
            ? "Oracle routing sends every row to the learnware of its own source; the job selector, routing by the RKME densities of the search's mixture (which need not hold every source the user drew from),"
            : "The job selector, routing within the search's mixture (which need not hold a learnware for every class of the user), against oracle routing over the whole market,";
        md.AppendLine(Invariant($"{routing} reaches {OracleShare(metric, selector, oracle):P1} of it ({(metric.HigherIsBetter() ? "job selector / oracle" : "oracle / job selector")}, from the means over users).")).AppendLine();

        if (result.Curves.Values.Any(points => points.Count > 0))
        {
            var sizes = result.Curves.Values.First(p => p.Count > 0).Select(p => p.Size).ToArray();
            md.AppendLine("| labelled rows | " + string.Join(" | ", result.Curves.Keys) + " |");
            md.AppendLine("|---:|" + string.Concat(result.Curves.Keys.Select(_ => "---:|")));
            foreach (int size in sizes)
                md.AppendLine(Invariant($"| {size} | ") + string.Join(" | ", result.Curves.Values.Select(points =>
                    points.FirstOrDefault(p => p.Size == size) is { } p ? Invariant($"{p.Mean:F4} ± {p.StandardDeviation:F4}") : "-")) + " |");
            md.AppendLine();
            string curves = ProtocolPlots.Labelled(result, folder);
            md.AppendLine($"![{result.Scenario.Name} with labels]({curves})").AppendLine();
            md.AppendLine($"*Figure: {result.Scenario.Name} with labels; seed {seed}; `{command}`.*").AppendLine();
            md.AppendLine(LabelledReading(result)).AppendLine();
            if (result.Scenario.Augmentation is { } augmentation)
                md.AppendLine(Invariant($"Feature augmentation here chooses C among {string.Join(", ", augmentation.Cs)} by {augmentation.Folds}-fold cross-validation (at most {augmentation.MaximumIterations} L-BFGS iterations), a shorter grid than the default for rows this wide.")).AppendLine();
        }
    }

    private static string Reading(string modality, double mean, double best, double top, double selector, double average, double identification)
    {
        var (reference, name) = ReferenceFigures.For(modality);
        string Closed(double value, double m, double b) => Invariant($"{ReferenceFigures.GapClosed(m, b, value):P0}");
        string Order(double m, double b, double t, double j, double a) => string.Join(" > ", new[] { ("Top-1", t), ("job selector", j), ("average ensemble", a) }
            .OrderByDescending(p => ReferenceFigures.GapClosed(m, b, p.Item2)).Select(p => p.Item1));
        return Invariant($"Reading: of the gap from Mean to Best in market, Top-1 reuse closes {Closed(top, mean, best)}, the job selector ") +
            $"{Closed(selector, mean, best)} and the average ensemble {Closed(average, mean, best)} (above 100% means better than the best " +
            $"single learnware). The reference's {name} closes " +
            $"{Closed(reference[2], reference[0], reference[1])}, {Closed(reference[3], reference[0], reference[1])} and " +
            $"{Closed(reference[4], reference[0], reference[1])}, in the order {Order(reference[0], reference[1], reference[2], reference[3], reference[4])}; here the order is " +
            $"{Order(mean, best, top, selector, average)}. " +
            Invariant($"The top-1 learnware was identified (see above) for {identification:P0} of the users.");
    }

    private static double OracleShare(ProtocolMetric metric, double selector, double oracle) =>
        metric.HigherIsBetter() ? selector / oracle : oracle / selector;

    private static void ClosingNote(StringBuilder md, IReadOnlyDictionary<string, IReadOnlyList<ScenarioResult>> results)
    {
        md.AppendLine("## In short").AppendLine();
        foreach (var result in results.Values.SelectMany(r => r))
        {
            var metric = result.Scenario.Metric;
            double mean = result.Mean(u => u.MeanInMarket), best = result.Mean(u => u.BestInMarket);
            double Gap(Func<UserResult, double> f) => ReferenceFigures.GapClosed(mean, best, result.Mean(f));
            var own = result.Curves[ScenarioResult.LabelledMethods[0]];
            string Wins(string method) =>
                $"{result.Curves[method].Count(p => own.FirstOrDefault(o => o.Size == p.Size) is { } o && metric.Better(p.Mean, o.Mean) == p.Mean && p.Mean != o.Mean)} of {own.Count}";
            md.AppendLine(Invariant($"* **{result.Scenario.Name}** ({metric.Name()}): without labels, Top-1 reuse, the job selector and the average ensemble close {Gap(u => u.Top1Reuse):P0}, {Gap(u => u.JobSelector):P0} and {Gap(u => u.AverageEnsemble):P0} of the gap from Mean ({mean:F4}) to Best in market ({best:F4}); ") +
                Invariant($"the job selector reaches {OracleShare(metric, result.Mean(u => u.JobSelector), result.Mean(u => u.OracleRouting)):P1} of oracle routing; the top-1 learnware is identified for {result.IdentificationRate:P0} of the users. ") +
                $"With labels, feature augmentation beats the user's own model at {Wins(ScenarioResult.LabelledMethods[1])} sizes and ensemble pruning at {Wins(ScenarioResult.LabelledMethods[2])}.");
        }
        foreach (var modality in ProtocolModalities.All.Where(m => !results.ContainsKey(m)))
            md.AppendLine($"* **{modality}**: not run.");
        md.AppendLine();
    }

    private static string LabelledReading(ScenarioResult result)
    {
        var metric = result.Scenario.Metric;
        var own = result.Curves[ScenarioResult.LabelledMethods[0]];
        var parts = new List<string>();
        foreach (var method in ScenarioResult.LabelledMethods.Skip(1))
        {
            var points = result.Curves[method];
            var wins = points.Where(p => own.FirstOrDefault(o => o.Size == p.Size) is { } o && metric.Better(p.Mean, o.Mean) == p.Mean && p.Mean != o.Mean)
                .Select(p => p.Size).ToArray();
            parts.Add(wins.Length == 0
                ? $"{method} does not beat the user's own model at any size"
                : $"{method} beats the user's own model at {string.Join(", ", wins)} labelled rows");
        }
        return "Reading: " + string.Join("; ", parts) + ". The reference's curves have the same shape to look for: reuse " +
            "is worth most with few labels, and the user's own model catches up as labels grow.";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
