using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Protocol.Training;

/// <summary>Packs a classifier's ONNX model with its specifications as <c>learnware pack</c> does, into the zip an uploader submits.</summary>
public static class PackageBuilder
{
    /// <summary>
    /// The package of a classifier whose output <paramref name="outputName"/> holds the probabilities of the classes
    /// <paramref name="classes"/> (in the scenario's numbering of <paramref name="classCount"/> classes).
    /// </summary>
    public static byte[] Classifier(byte[] onnx, IStatSpecification stat, string dataType, string name, string description,
        int classCount, IReadOnlyList<int> classes, string outputName)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var semantic = SemanticJson.Serialize(new SemanticSpecification
        {
            Data = [dataType], Task = ["Classification"], Library = ["Others"], Scenario = ["Others"], License = ["MIT"],
            Name = name, Description = description,
            Output = new FeatureDescriptions(classCount, new Dictionary<int, string>()),
        });
        var package = LearnwarePacker.Pack(new PackSources
        {
            Model = onnx,
            StatSpecification = System.Text.Encoding.UTF8.GetBytes(stat.ToJson()),
            SemanticJson = semantic,
            ModelName = LearnwarePacker.ModelEntry,
            Overrides = new ManifestOverrides { OutputName = outputName, Classes = classes },
        });
        using var buffer = new MemoryStream();
        new LearnwarePackageWriter().Write(package, buffer);
        return buffer.ToArray();
    }
}
