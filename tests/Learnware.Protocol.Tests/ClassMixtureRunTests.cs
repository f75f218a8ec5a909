using System.Text.Json;
using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Mixtures;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Reporting;
using Learnware.Protocol.Running;
using Learnware.Protocol.Tables;
using Learnware.TestSupport;

namespace Learnware.Protocol.Tests;

/// <summary>The runner on users of class mixtures (as the image and text parts draw them), on separated synthetic classes.</summary>
public class ClassMixtureRunTests
{
    private static readonly string[] Names = ["w", "x", "y", "z"];

    [Fact]
    public async Task Run_OnClassMixtures_IdentifiesTheLearnwareOfTheUsersClasses_AndReportsTheModalityFlat()
    {
        var table = Blobs(4, 200, new Random(2));
        var byClass = ClassMixtureScenario.RowsByClass(table, 4);
        ClassMixture[] mixtures = [new([0, 1], [0.5, 0.5]), new([2, 3], [0.5, 0.5])];
        var random = new Random(1);
        var sources = mixtures.Select((m, i) => ClassMixtureScenario.Source($"source {i + 1}", table, byClass, m, 120, random)).ToArray();
        ClassMixture[] users = [new([1, 0], [0.7, 0.3]), new([3, 2], [0.6, 0.4])];
        var scale = new ProtocolScale(true, 2, 60, [20], 1, 1000, LabelledUsers: 1);
        var scenario = new ProtocolScenario("blobs", "four Gaussian classes", ProtocolMetric.Accuracy, 4, sources, new TableLearnwareTrainer(),
            seed => ClassMixtureScenario.Users(table, table, users, mixtures, 60, 40, Names, 4, seed, scale.LabelledUsers),
            scale, ProtocolAugmentation.Shortened, "two users of two classes each");
        using var folder = new TestFolder();

        var result = await new ProtocolRunner().RunAsync(scenario, ProtocolScale.QuickMode, folder.Root, seed: 1);

        Assert.Equal(2, result.Users.Count);
        Assert.Equal(1, result.IdentificationRate);
        Assert.Equal("x 70 %, w 30 %", result.Users[0].Sources);
        // Each user's classes are all in one learnware, so the oracle is that learnware and search finds it.
        Assert.All(result.Users, u => Assert.Equal(u.OracleRouting, u.Top1Reuse, 12));
        Assert.All(result.Users, u => Assert.True(u.Top1Reuse > 0.9, $"{u.User}: {u.Top1Reuse}"));
        // The scenario's own scale holds: one labelled user, one size.
        Assert.All(ScenarioResult.LabelledMethods, method => Assert.Equal([20], result.Curves[method].Select(p => p.Size)));

        var results = new Dictionary<string, IReadOnlyList<ScenarioResult>> { ["images"] = [result] };
        ResultsMarkdown.Write(folder.Root, results, ProtocolScale.QuickMode, "protocol --test", 1, 1);
        using var json = JsonDocument.Parse(ResultsJson.Build(results, "protocol --test", 1));
        var images = json.RootElement.GetProperty("images");
        Assert.Equal("blobs", images.GetProperty("data_set").GetString());
        Assert.Equal("accuracy", images.GetProperty("metric").GetString());
        Assert.Equal(result.IdentificationRate, images.GetProperty("identification_rate").GetDouble(), 12);
        var markdown = File.ReadAllText(folder.Path("results.md"));
        Assert.Contains("two users of two classes each", markdown, StringComparison.Ordinal);
        Assert.Contains("image protocol (CIFAR-10, accuracy)", markdown, StringComparison.Ordinal);
    }

    /// <summary>Class k centred at 8 on feature k (of 4), unit noise.</summary>
    private static LabelledTable Blobs(int classCount, int perClass, Random random)
    {
        int n = classCount * perClass;
        var x = new double[n * classCount];
        var y = new double[n];
        for (int r = 0; r < n; r++)
        {
            int c = r / perClass;
            y[r] = c;
            for (int j = 0; j < classCount; j++)
                x[r * classCount + j] = (j == c ? 8 : 0) + StandardNormal.Sample(random);
        }
        return new LabelledTable(new DenseMatrix(x, n, classCount), y);
    }
}
