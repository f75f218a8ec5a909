using System.Text;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Reuse.Tests.Support;

/// <summary>Learnware packages around exported models, in memory or written to zip files.</summary>
internal static class Packages
{
    /// <summary>
    /// A classifier package; the model's score columns stand for <paramref name="classes"/> (default 0..C-1) out of
    /// <paramref name="classCount"/> classes, and the RKME is made from <paramref name="data"/>.
    /// </summary>
    public static LearnwarePackage Classifier(byte[] onnx, DenseMatrix data, int outputs, int classCount, IReadOnlyList<int>? classes = null) =>
        Build(onnx, data, ModelKind.Classifier, new ModelOutputSpec("Score.output", [outputs], OutputMeaning.Probabilities,
            classes ?? [.. Enumerable.Range(0, outputs)]), "Classification", classCount);

    /// <summary>A single-output regressor package.</summary>
    public static LearnwarePackage Regressor(byte[] onnx, DenseMatrix data) =>
        Build(onnx, data, ModelKind.Regressor, new ModelOutputSpec("Score.output", [1], OutputMeaning.Values), "Regression", 1);

    /// <summary>Writes the package as a zip file at <paramref name="path"/> and returns the path.</summary>
    public static string Write(LearnwarePackage package, string path)
    {
        new LearnwarePackageWriter().Write(package, path);
        return path;
    }

    private static LearnwarePackage Build(byte[] onnx, DenseMatrix data, ModelKind kind, ModelOutputSpec output, string task, int outputDimension)
    {
        var manifest = new LearnwareManifest(
            new ModelSpec("model.onnx", kind, new ModelInputSpec("Features", [data.Columns]), output),
            [new StatSpecificationRef("stat.json", RkmeTableSpecification.TypeName)],
            "semantic.json");
        var semantic = new SemanticSpecification
        {
            Data = ["Table"], Task = [task], Library = ["Others"], Scenario = ["Others"], License = ["MIT"],
            Name = "test", Description = "a test learnware",
            Input = new FeatureDescriptions(data.Columns, new Dictionary<int, string>()),
            Output = new FeatureDescriptions(outputDimension, new Dictionary<int, string>()),
        };
        var spec = RkmeTableSpecification.FromData(data, new RkmeOptions { ReducedSetSize = 50 });
        var files = new Dictionary<string, byte[]>
        {
            ["model.onnx"] = onnx,
            ["stat.json"] = Encoding.UTF8.GetBytes(RkmeJson.Serialize(spec)),
            ["semantic.json"] = Encoding.UTF8.GetBytes(SemanticJson.Serialize(semantic)),
        };
        return new LearnwarePackage(manifest, files);
    }
}
