using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests.Support;

/// <summary>Table learnware packages around ML.NET models exported by <see cref="TestModels"/>, reading <c>Score.output</c>.</summary>
internal static class Packages
{
    /// <summary>
    /// A classifier package; the model's probability columns stand for <paramref name="classes"/> (default 0..C-1) of
    /// the semantic specification's <paramref name="classCount"/> classes, and the RKME is made from <paramref name="data"/>.
    /// </summary>
    public static LearnwarePackage Classifier(byte[] onnx, DenseMatrix data, int classCount, IReadOnlyList<int>? classes = null,
        string name = "test") =>
        Build(onnx, data, "Classification", classCount, classes, name);

    /// <summary>A single-output regressor package.</summary>
    public static LearnwarePackage Regressor(byte[] onnx, DenseMatrix data, string name = "test") =>
        Build(onnx, data, "Regression", 1, null, name);

    private static LearnwarePackage Build(byte[] onnx, DenseMatrix data, string task, int outputDimension, IReadOnlyList<int>? classes, string name)
    {
        var semantic = new SemanticSpecification
        {
            Data = ["Table"], Task = [task], Library = ["Others"], Scenario = ["Others"], License = ["MIT"],
            Name = name, Description = "a test learnware",
            Input = new FeatureDescriptions(data.Columns, new Dictionary<int, string>()),
            Output = new FeatureDescriptions(outputDimension, new Dictionary<int, string>()),
        };
        return TestPackages.Pack(onnx, SemanticJson.Serialize(semantic), TestPackages.StatJson(Data.Floats(data), k: 50),
            new ManifestOverrides { OutputName = "Score.output", Classes = classes });
    }
}
