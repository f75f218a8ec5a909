using System.Text;
using Learnware.MLNet;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Training;
using Learnware.Reuse;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Learnware.Protocol.Tables;

/// <summary>
/// Trains table learnwares as an uploader on ML.NET would: LightGBM through <see cref="MlNetTraining"/>, exported to
/// ONNX, the RKME of the training rows, a semantic specification, packed with the manifest inferred from the model
/// (what <c>learnware pack</c> does). The users' own models are the same LightGBM on their labelled rows.
/// </summary>
public sealed class TableLearnwareTrainer : ILearnwareTrainer
{
    private const string ModelFile = "model.onnx", StatFile = "stat.json", SemanticFile = "semantic.json";

    /// <inheritdoc />
    public byte[] TrainPackage(SourceTask source, int classCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(source);
        var train = source.Train;
        byte[] onnx;
        IReadOnlyList<int>? classes = null;
        if (classCount > 0)
        {
            var (model, present) = FitClassifier(train, seed);
            onnx = model.ToOnnx();
            classes = present;
        }
        else
        {
            onnx = FitRegressor(train, seed).ToOnnx();
        }
        // The uploader's specification: every default of `learnware spec table`, on the training rows.
        var stat = Encoding.UTF8.GetBytes(RkmeJson.Serialize(RkmeTableSpecification.FromData(MissingValues.Fill(train.Features))));
        var semantic = SemanticJson.Serialize(new SemanticSpecification
        {
            Data = ["Table"], Task = [classCount > 0 ? "Classification" : "Regression"], Library = ["Others"],
            Scenario = ["Others"], License = ["MIT"], Name = source.Name,
            Description = $"LightGBM trained on {train.Rows} rows of '{source.Name}'",
            Input = new FeatureDescriptions(train.Features.Columns, new Dictionary<int, string>()),
            Output = new FeatureDescriptions(classCount > 0 ? classCount : 1, new Dictionary<int, string>()),
        });
        LearnwareManifest manifest;
        using (var model = OnnxModel.Load(onnx))
            manifest = ManifestInference.Infer(model, SemanticJson.Parse(semantic), ModelFile, StatFile, SemanticFile, null,
                new ManifestOverrides { OutputName = "Score.output", Classes = classes });
        var package = new LearnwarePackage(manifest, new Dictionary<string, byte[]>
        {
            [ModelFile] = onnx, [StatFile] = stat, [SemanticFile] = Encoding.UTF8.GetBytes(semantic),
        });
        using var buffer = new MemoryStream();
        new LearnwarePackageWriter().Write(package, buffer);
        return buffer.ToArray();
    }

    /// <inheritdoc />
    public IReuser TrainUserModel(LabelledTable labelled, int classCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        return classCount == 0
            ? new MlNetUserModel(FitRegressor(labelled, seed), null, 0)
            : ClassifierFit.UserModel(labelled, classCount, ml => LightGbmClassifier(ml, labelled, seed), seed);
    }

    /// <inheritdoc />
    public IStatSpecification UserSpecification(DenseMatrix rows) =>
        // What `learnware spec table` runs: missing cells filled with column means, then every default.
        RkmeTableSpecification.FromData(MissingValues.Fill(rows));

    /// <summary>A LightGBM classifier over the classes present in <paramref name="table"/>, renumbered 0..c−1.</summary>
    private static (MlNetModel Model, int[] Present) FitClassifier(LabelledTable table, int seed) =>
        ClassifierFit.Fit(table, ml => LightGbmClassifier(ml, table, seed), seed);

    private static IEstimator<ITransformer> LightGbmClassifier(MLContext ml, LabelledTable table, int seed) =>
        ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            NumberOfIterations = 100, LearningRate = 0.1, NumberOfLeaves = 15, MinimumExampleCountPerLeaf = Math.Max(2, Math.Min(20, table.Rows / 20)),
            UseSoftmax = true, Seed = seed, Deterministic = true, NumberOfThreads = 1, Silent = true,
        });

    private static MlNetModel FitRegressor(LabelledTable table, int seed) =>
        MlNetTraining.FitRegressor(table.FloatRows(), [.. table.Targets.Select(t => (float)t)], ml => ml.Regression.Trainers.LightGbm(
            new LightGbmRegressionTrainer.Options
            {
                NumberOfIterations = 100, LearningRate = 0.1, NumberOfLeaves = 15, MinimumExampleCountPerLeaf = Math.Max(2, Math.Min(20, table.Rows / 20)),
                Seed = seed, Deterministic = true, NumberOfThreads = 1, Silent = true,
            }), seed);
}
