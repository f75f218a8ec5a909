using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Protocol.Training;

/// <summary>Packs an ML.NET model exported to ONNX with its specifications as <c>learnware pack</c> does, into the zip an uploader submits.</summary>
public static class PackageBuilder
{
    /// <summary>Where an ML.NET model exported to ONNX gives its class probabilities (classifiers) or values (regressors).</summary>
    public const string MlNetScores = "Score.output";

    /// <summary>
    /// The package of a model whose output <see cref="MlNetScores"/> holds the probabilities of the classes
    /// <paramref name="classes"/> (in the scenario's numbering of <paramref name="classCount"/> classes), or a regressor's
    /// values when <paramref name="classCount"/> is 0. <paramref name="inputColumns"/>, when given, describes the input.
    /// </summary>
    public static byte[] Pack(byte[] onnx, IStatSpecification stat, string dataType, string name, string description,
        int classCount, IReadOnlyList<int>? classes, int? inputColumns = null)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var semantic = SemanticJson.Serialize(new SemanticSpecification
        {
            Data = [dataType], Task = [classCount > 0 ? "Classification" : "Regression"], Library = ["Others"],
            Scenario = ["Others"], License = ["MIT"], Name = name, Description = description,
            Input = inputColumns is { } columns ? new FeatureDescriptions(columns, new Dictionary<int, string>()) : null,
            Output = new FeatureDescriptions(Math.Max(classCount, 1), new Dictionary<int, string>()),
        });
        return LearnwarePacker.PackToZip(new PackSources
        {
            Model = onnx,
            StatSpecification = System.Text.Encoding.UTF8.GetBytes(stat.ToJson()),
            SemanticJson = semantic,
            Overrides = new ManifestOverrides { OutputName = MlNetScores, Classes = classes },
        });
    }
}
