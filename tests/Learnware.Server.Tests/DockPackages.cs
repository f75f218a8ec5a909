using Learnware.Numerics;
using Learnware.Specifications.Semantic;

namespace Learnware.Server.Tests;

/// <summary>Real learnware packages to upload: small ML.NET classifiers on a Gaussian cloud, packed with their RKME.</summary>
internal static class DockPackages
{
    public const int Features = 4;

    /// <summary>A classifier of <see cref="Features"/> features named <paramref name="name"/>, trained on rows around <paramref name="centre"/>.</summary>
    public static byte[] Classifier(string name, double centre = 0, int seed = 1, string license = "MIT")
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 120)
            .Select(_ => Enumerable.Range(0, Features).Select(_ => (float)(centre + StandardNormal.Sample(random))).ToArray()).ToArray();
        var labels = rows.Select(r => r[0] > centre ? 1 : 0).ToArray();
        var semantic = new SemanticSpecification
        {
            Name = name,
            Description = $"{name}: tells rows above the centre from those below it",
            Data = ["Table"],
            Task = ["Classification"],
            Library = ["Others"],
            License = [license],
            Scenario = ["Business"],
            Input = new FeatureDescriptions(Features, new Dictionary<int, string> { [0] = "the deciding feature" }),
            Output = new FeatureDescriptions(2, new Dictionary<int, string> { [0] = "below", [1] = "above" }),
        };
        return TestPackages.Zip(TestPackages.Pack(TestModels.TrainClassifierOnnx(rows, labels), SemanticJson.Serialize(semantic),
            TestPackages.StatJson(rows, k: 10)));
    }
}
