using System.Text.Json;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Running;
using Learnware.TestSupport;

namespace Learnware.Protocol.Tests;

/// <summary>
/// The quick mode of the protocol (what `protocol --quick` runs) on the public tables, images and text, so that CI runs it; skipped
/// outside CI when the data sets are not installed.
/// </summary>
public class QuickModeTests
{
    [Fact]
    public async Task QuickMode_OnThePublicTablesImagesAndText_WritesTheReport_AndReuseBeatsTheMarketAverage()
    {
        var datasets = PublicDatasets.Installed(Environment.GetEnvironmentVariable("LEARNWARE_DATASETS"));
        if (!datasets.Available)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "the public data sets are missing; run scripts/install-prereqs.sh");
            return;
        }
        using var folder = new TestFolder();

        var results = await ProtocolSuite.RunAsync(datasets, ProtocolScale.QuickMode, folder.Root, 1, "protocol --quick");

        var tables = results["tables"];
        Assert.Equal(["thyroid", "census-house"], tables.Select(t => t.Scenario.Name));
        Assert.Contains(tables, t => t.Scenario.Metric == ProtocolMetric.Accuracy);
        Assert.Contains(tables, t => t.Scenario.Metric == ProtocolMetric.Rmse);
        Assert.Equal(["fashion-mnist"], results["images"].Select(r => r.Scenario.Name));
        Assert.Equal(["fortunes"], results["text"].Select(r => r.Scenario.Name));
        Assert.Equal(10, results["images"][0].LearnwareCount);
        Assert.Equal(10, results["text"][0].Users.Count);
        foreach (var result in results.Values.SelectMany(r => r))
        {
            var metric = result.Scenario.Metric;
            Assert.True(result.LearnwareCount >= 4, $"{result.Scenario.Name}: {result.LearnwareCount} learnwares");
            // Search must do better than picking a learnware at random, and averaging the mixture better still than that.
            Assert.Equal(result.Mean(u => u.Top1Reuse), metric.Better(result.Mean(u => u.Top1Reuse), result.Mean(u => u.MeanInMarket)));
            Assert.Equal(result.Mean(u => u.AverageEnsemble), metric.Better(result.Mean(u => u.AverageEnsemble), result.Mean(u => u.MeanInMarket)));
            // Best in market is the best of the learnwares on the user's data: no worse than their mean or than the
            // top-ranked one, which is one of them.
            Assert.All(result.Users, u => Assert.Equal(u.BestInMarket, metric.Better(u.BestInMarket, u.Top1Reuse)));
            Assert.All(result.Users, u => Assert.Equal(u.BestInMarket, metric.Better(u.BestInMarket, u.MeanInMarket)));
        }
        // Images and text run at their own sizes: 10 learnwares and users of Fashion-MNIST; one fortune learnware per
        // combination of 3 of the 5 categories and one user per pair (both C(5, 3) = C(5, 2) = 10).
        var images = results["images"][0];
        var text = results["text"][0];
        Assert.Equal(10, images.Users.Count);
        Assert.Equal(10, text.LearnwareCount);
        Assert.All(ScenarioResult.LabelledMethods, m => Assert.Equal([100, 400], images.Curves[m].Select(p => p.Size)));
        Assert.All(ScenarioResult.LabelledMethods, m => Assert.Equal([20, 50], text.Curves[m].Select(p => p.Size)));
        Assert.All(ScenarioResult.LabelledMethods, m => Assert.Equal([50, 200], tables[0].Curves[m].Select(p => p.Size)));
        using var json = JsonDocument.Parse(File.ReadAllText(folder.Path("results.json")));
        Assert.Equal("accuracy", json.RootElement.GetProperty("tables").GetProperty("thyroid").GetProperty("metric").GetString());
        Assert.Equal("rmse", json.RootElement.GetProperty("tables").GetProperty("census-house").GetProperty("metric").GetString());
        foreach (var modality in new[] { "images", "text" })
        {
            var entry = json.RootElement.GetProperty(modality);
            var result = results[modality][0];
            Assert.Equal("accuracy", entry.GetProperty("metric").GetString());
            // results.json carries the run's own figures.
            Assert.Equal(result.Scenario.Name, entry.GetProperty("data_set").GetString());
            Assert.Equal(result.LearnwareCount, entry.GetProperty("learnwares").GetInt32());
            Assert.Equal(result.Mean(u => u.Top1Reuse), entry.GetProperty("top1_reuse").GetDouble(), 12);
            Assert.Equal(result.Mean(u => u.AverageEnsemble), entry.GetProperty("average_ensemble").GetDouble(), 12);
            Assert.Equal(result.IdentificationRate, entry.GetProperty("identification_rate").GetDouble(), 12);
        }
        Assert.True(File.Exists(folder.Path("thyroid-labelled.png")));
        Assert.True(File.Exists(folder.Path("fashion-mnist-labelled.png")));
        Assert.True(File.Exists(folder.Path("fortunes-unlabelled.png")));
    }
}
