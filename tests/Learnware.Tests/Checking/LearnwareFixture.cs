using Learnware.Packaging;
using Learnware.Tests.Models;

namespace Learnware.Tests.Checking;

/// <summary>
/// Complete, valid learnware packages of the shared ML.NET classifier (4 features, 3 blobs) and regressor
/// (4 features, 1 value), packed through <see cref="ManifestInference"/>; built once per test class.
/// </summary>
public sealed class LearnwareFixture
{
    public const int Features = SharedFixtures.Dims, Classes = SharedFixtures.Classes;

    public LearnwareFixture()
    {
        Classifier = TestPackages.Pack(ClassifierOnnx, SemanticSpecs.Json("Classification", Features, Classes), TestPackages.StatJson(SharedFixtures.ClassifierTrainX));
        Regressor = TestPackages.Pack(RegressorOnnx, SemanticSpecs.Json("Regression", Features, 1), TestPackages.StatJson(SharedFixtures.Linear.X[..200]));
    }

    /// <summary>The classifier, its <c>Score.output</c> read as probabilities.</summary>
    public LearnwarePackage Classifier { get; }

    /// <summary>The regressor, its <c>Score.output</c> read as values.</summary>
    public LearnwarePackage Regressor { get; }

    public static byte[] ClassifierOnnx => SharedFixtures.Classifier(ClassifierTrainer.LbfgsMaximumEntropy).Onnx;

    public static byte[] RegressorOnnx => SharedFixtures.Regressor(RegressorTrainer.Sdca).Onnx;

    /// <summary>The package with one file's bytes replaced, the manifest kept.</summary>
    public static LearnwarePackage WithFile(LearnwarePackage package, string file, byte[] bytes) =>
        new(package.Manifest, new Dictionary<string, byte[]>(package.Files) { [file] = bytes });

    /// <summary>The package with the manifest's model output replaced, the files kept.</summary>
    public static LearnwarePackage WithOutput(LearnwarePackage package, ModelOutputSpec output) =>
        new(package.Manifest with { Model = package.Manifest.Model with { Output = output } }, package.Files);
}
