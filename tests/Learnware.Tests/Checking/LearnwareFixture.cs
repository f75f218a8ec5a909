using System.Text;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;
using Learnware.Tests.Models;

namespace Learnware.Tests.Checking;

/// <summary>
/// Complete, valid learnware packages of the shared ML.NET classifier (4 features, 3 blobs) and regressor
/// (4 features, 1 value), packed through <see cref="ManifestInference"/>; built once per test class.
/// </summary>
public sealed class LearnwareFixture
{
    public const string ModelFile = "model.onnx", StatFile = "stat.json", SemanticFile = "semantic.json";
    public const int Features = SharedFixtures.Dims, Classes = SharedFixtures.Classes;

    public LearnwareFixture()
    {
        Classifier = Pack(ClassifierOnnx, SemanticSpecs.Json("Classification", Features, Classes), StatJson(SharedFixtures.ClassifierTrainX));
        Regressor = Pack(RegressorOnnx, SemanticSpecs.Json("Regression", Features, 1), StatJson(SharedFixtures.Linear.X[..200]));
    }

    /// <summary>The classifier, its <c>Score.output</c> read as probabilities.</summary>
    public LearnwarePackage Classifier { get; }

    /// <summary>The regressor, its <c>Score.output</c> read as values.</summary>
    public LearnwarePackage Regressor { get; }

    public static byte[] ClassifierOnnx => SharedFixtures.Classifier(ClassifierTrainer.LbfgsMaximumEntropy).Onnx;

    public static byte[] RegressorOnnx => SharedFixtures.Regressor(RegressorTrainer.Sdca).Onnx;

    /// <summary>The RKME (K = 20) of the rows, as JSON bytes.</summary>
    public static byte[] StatJson(float[][] rows) =>
        Encoding.UTF8.GetBytes(RkmeJson.Serialize(RkmeTableSpecification.FromData(Matrix(rows), new RkmeOptions { ReducedSetSize = 20 })));

    public static DenseMatrix Matrix(float[][] rows) => DenseMatrix.FromRows([.. rows.Select(r => r.Select(v => (double)v).ToArray())]);

    /// <summary>Packs a model with its specifications, the manifest inferred as <c>learnware pack</c> infers it.</summary>
    public static LearnwarePackage Pack(byte[] onnx, string semanticJson, byte[] statJson, ManifestOverrides? overrides = null)
    {
        LearnwareManifest manifest;
        using (var model = OnnxModel.Load(onnx))
            manifest = ManifestInference.Infer(model, SemanticJson.Parse(semanticJson), ModelFile, StatFile, SemanticFile, null, overrides);
        return new LearnwarePackage(manifest, new Dictionary<string, byte[]>
        {
            [ModelFile] = onnx,
            [StatFile] = statJson,
            [SemanticFile] = Encoding.UTF8.GetBytes(semanticJson),
        });
    }

    /// <summary>The package with one file's bytes replaced, the manifest kept.</summary>
    public static LearnwarePackage WithFile(LearnwarePackage package, string file, byte[] bytes) =>
        new(package.Manifest, new Dictionary<string, byte[]>(package.Files) { [file] = bytes });

    /// <summary>The package with the manifest's model output replaced, the files kept.</summary>
    public static LearnwarePackage WithOutput(LearnwarePackage package, ModelOutputSpec output) =>
        new(package.Manifest with { Model = package.Manifest.Model with { Output = output } }, package.Files);
}
