using System.Text.Json;
using System.Text.Json.Nodes;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Running;

namespace Learnware.Protocol.Reporting;

/// <summary>
/// results.json: for each of <c>tables</c>, <c>images</c> and <c>text</c>, one entry per data set with the metric's
/// name and the mean over users of each unlabelled figure and the identification rate; a modality not run says so.
/// </summary>
public static class ResultsJson
{
    /// <summary>The JSON text for <paramref name="results"/>, grouped by modality.</summary>
    public static string Build(IReadOnlyDictionary<string, IReadOnlyList<ScenarioResult>> results, string command, int seed)
    {
        ArgumentNullException.ThrowIfNull(results);
        var root = new JsonObject { ["command"] = command, ["seed"] = seed };
        foreach (var modality in ProtocolModalities.All)
        {
            if (!results.TryGetValue(modality, out var scenarios))
            {
                root[modality] = new JsonObject { ["status"] = "not run" };
                continue;
            }
            // Tables hold one entry per data set; images and text have one data set each, named inside the entry.
            if (modality != ProtocolModalities.Tables && scenarios.Count == 1)
            {
                var single = Entry(scenarios[0]);
                single.Insert(0, "data_set", scenarios[0].Scenario.Name);
                root[modality] = single;
                continue;
            }
            var entry = new JsonObject();
            foreach (var result in scenarios)
                entry[result.Scenario.Name] = Entry(result);
            root[modality] = entry;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Entry(ScenarioResult result) =>
                new JsonObject
                {
                    ["metric"] = result.Scenario.Metric.Name(),
                    ["users"] = result.Users.Count,
                    ["learnwares"] = result.LearnwareCount,
                    ["mean_in_market"] = result.Mean(u => u.MeanInMarket),
                    ["best_in_market"] = result.Mean(u => u.BestInMarket),
                    ["top1_reuse"] = result.Mean(u => u.Top1Reuse),
                    ["job_selector"] = result.Mean(u => u.JobSelector),
                    ["average_ensemble"] = result.Mean(u => u.AverageEnsemble),
                    ["identification_rate"] = result.IdentificationRate,
                    ["oracle_routing"] = result.Mean(u => u.OracleRouting),
                    ["labelled"] = Curves(result),
                };

    private static JsonObject Curves(ScenarioResult result)
    {
        var curves = new JsonObject();
        foreach (var (method, points) in result.Curves)
        {
            var list = new JsonArray();
            foreach (var point in points)
                list.Add(new JsonObject { ["size"] = point.Size, ["mean"] = point.Mean, ["std"] = point.StandardDeviation });
            curves[method.Replace(' ', '_')] = list;
        }
        return curves;
    }
}
