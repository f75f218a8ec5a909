using Learnware.Market.Tests.Search;
using Learnware.Specifications.Semantic;

namespace Learnware.Market.Tests.Packages;

/// <summary>
/// Real learnware packages for the market: ML.NET classifiers trained on seeded Gaussian clusters (two classes,
/// split at the centre along the first feature), exported to ONNX and packed with their RKME.
/// </summary>
internal static class ClusterPackages
{
    public const int Rows = 200, Classes = 2;
    private const double ClusterSd = 1.0;

    /// <summary><paramref name="count"/> rows around <paramref name="centre"/>.</summary>
    public static float[][] Draw(double[] centre, int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ => centre.Select(c => (float)(c + ClusterSd * SearchTestData.Normal(random))).ToArray())];

    /// <summary>Trains the classifier of a cluster and packs it as <paramref name="name"/>.</summary>
    public static ClusterLearnware Train(string name, double[] centre, int seed)
    {
        var rows = Draw(centre, Rows, new Random(seed));
        var labels = rows.Select(r => r[0] > centre[0] ? 1 : 0).ToArray();
        var onnx = TestModels.TrainClassifierOnnx(rows, labels);
        return new ClusterLearnware(name, centre, rows, onnx, Package(onnx, SemanticText(name, centre.Length), rows));
    }

    /// <summary>A package of <paramref name="onnx"/> with these specifications (the RKME of <paramref name="rows"/>, K = 20).</summary>
    public static byte[] Package(byte[] onnx, string semanticJson, float[][] rows) =>
        TestPackages.Zip(TestPackages.Pack(onnx, semanticJson, TestPackages.StatJson(rows)));

    /// <summary>The learnware's model and RKME under another name: a valid package with other bytes.</summary>
    public static byte[] Renamed(ClusterLearnware learnware, string name) =>
        Package(learnware.Onnx, SemanticText(name, learnware.Centre.Length), learnware.Rows);

    /// <summary>The learnware under another name and a licence outside the vocabulary: the semantic check fails.</summary>
    public static byte[] Unlicensed(ClusterLearnware learnware, string name) =>
        Package(learnware.Onnx, SemanticJson.Serialize(Semantic(name, learnware.Centre.Length) with { License = ["WTFPL"] }), learnware.Rows);

    /// <summary>The learnware under another name with an RKME one column wider than the model's input: the dimensions check fails.</summary>
    public static byte[] Widened(ClusterLearnware learnware, string name) =>
        Package(learnware.Onnx, SemanticText(name, learnware.Centre.Length), [.. learnware.Rows.Select(r => (float[])[.. r, 0f])]);

    /// <summary>A valid table-classification specification of <paramref name="features"/> features and two classes.</summary>
    public static SemanticSpecification Semantic(string name, int features) =>
        SearchTestData.Semantic(name, "a classifier trained on the rows of one Gaussian cluster") with
        {
            Input = new FeatureDescriptions(features, new Dictionary<int, string>()),
            Output = new FeatureDescriptions(Classes, new Dictionary<int, string> { [0] = "below the centre", [1] = "above it" }),
        };

    public static string SemanticText(string name, int features) => SemanticJson.Serialize(Semantic(name, features));
}
