using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;

namespace Learnware.Server.Tests;

/// <summary>Real learnware packages to upload: small ML.NET models on a Gaussian cloud, packed with their RKME.</summary>
internal static class DockPackages
{
    public const int Features = 4;

    /// <summary>A classifier of <see cref="Features"/> features named <paramref name="name"/>, trained on rows around <paramref name="centre"/>.</summary>
    public static byte[] Classifier(string name, double centre = 0, int seed = 1, string license = "MIT")
    {
        var rows = Rows(centre, seed);
        var labels = rows.Select(r => r[0] > centre ? 1 : 0).ToArray();
        var semantic = Semantic(name, "tells rows above the centre from those below it", "Classification", license,
            new FeatureDescriptions(2, new Dictionary<int, string> { [0] = "below", [1] = "above" }));
        return TestPackages.Zip(TestPackages.Pack(TestModels.TrainClassifierOnnx(rows, labels), SemanticJson.Serialize(semantic),
            TestPackages.StatJson(rows, k: 10)));
    }

    /// <summary>
    /// A regressor package (<see cref="Features"/> features to one value) named <paramref name="name"/> whose model is
    /// replaced by <paramref name="model"/>(input name, output name), the manifest kept: for the models the checker
    /// must stop or refuse, which cannot be packed as they are.
    /// </summary>
    public static byte[] RegressorWithModel(string name, Func<string, string, byte[]> model, int seed = 1)
    {
        var rows = Rows(0, seed);
        var semantic = Semantic(name, "the sum of its features", "Regression", "MIT",
            new FeatureDescriptions(1, new Dictionary<int, string> { [0] = "the sum" }));
        var packed = TestPackages.Pack(TestModels.TrainRegressorOnnx(rows, [.. rows.Select(r => r.Sum())]), SemanticJson.Serialize(semantic),
            TestPackages.StatJson(rows, k: 10));
        var replaced = model(packed.Manifest.Model.Input.Name, packed.Manifest.Model.Output.Name);
        return TestPackages.Zip(new LearnwarePackage(packed.Manifest, new Dictionary<string, byte[]>(packed.Files) { [TestPackages.ModelFile] = replaced }));
    }

    private static float[][] Rows(double centre, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 120).Select(_ => Enumerable.Range(0, Features).Select(_ => (float)(centre + StandardNormal.Sample(random))).ToArray())];
    }

    /// <summary>The semantic specification these packages carry: <see cref="Features"/> table features, the description "name: purpose".</summary>
    public static SemanticSpecification Semantic(string name, string purpose, string task, string license, FeatureDescriptions output) => new()
    {
        Name = name,
        Description = $"{name}: {purpose}",
        Data = ["Table"],
        Task = [task],
        Library = ["Others"],
        License = [license],
        Scenario = ["Business"],
        Input = new FeatureDescriptions(Features, new Dictionary<int, string> { [0] = "the deciding feature" }),
        Output = output,
    };
}
