using Learnware.MLNet;
using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Training;
using Learnware.Reuse;
using Learnware.Specifications;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Learnware.Protocol.Tables;

/// <summary>
/// Trains table learnwares as an uploader on ML.NET would: LightGBM through <see cref="MlNetTraining"/>, exported to
/// ONNX, the RKME of the training rows, a semantic specification, packed as <c>learnware pack</c> does. The users' own
/// models are the same LightGBM on their labelled rows.
/// </summary>
public sealed class TableLearnwareTrainer : ILearnwareTrainer
{
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
        return PackageBuilder.Pack(onnx, UserSpecification(train.Features), "Table", source.Name,
            $"LightGBM trained on {train.Rows} rows of '{source.Name}'", classCount, classes, train.Features.Columns);
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
