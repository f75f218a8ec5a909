using Learnware.MLNet;
using System.Collections.Concurrent;

namespace Learnware.Tests.Models;

/// <summary>Data sets and trained models shared by the model tests, each trained once per test run.</summary>
internal static class SharedFixtures
{
    public const int Dims = 4;
    public const int Classes = 3;

    private static readonly ConcurrentDictionary<ClassifierTrainer, Lazy<(MlNetModel, byte[])>> _classifiers = new();
    private static readonly ConcurrentDictionary<RegressorTrainer, Lazy<(MlNetModel, byte[])>> _regressors = new();

    /// <summary>360 rows of three well-separated blobs: the first 240 train, the last 120 test.</summary>
    public static BlobData Blobs { get; } = SyntheticData.Blobs(perClass: 120, classes: Classes, dims: Dims, seed: 7);

    public static float[][] ClassifierTrainX => Blobs.X[..240];

    public static int[] ClassifierTrainLabels => Blobs.Labels[..240];

    public static float[][] ClassifierTestX => Blobs.X[240..];

    public static int[] ClassifierTestLabels => Blobs.Labels[240..];

    /// <summary>300 noisy linear rows: the first 200 train, the last 100 test.</summary>
    public static (float[][] X, float[] Y) Linear { get; } = SyntheticData.Linear(rows: 300, dims: Dims, seed: 11);

    public static (MlNetModel Model, byte[] Onnx) Classifier(ClassifierTrainer trainer) =>
        _classifiers.GetOrAdd(trainer, t => new Lazy<(MlNetModel, byte[])>(() =>
        {
            var model = TestModels.FitClassifier(ClassifierTrainX, ClassifierTrainLabels, t);
            return (model, model.ToOnnx());
        })).Value;

    public static (MlNetModel Model, byte[] Onnx) Regressor(RegressorTrainer trainer) =>
        _regressors.GetOrAdd(trainer, t => new Lazy<(MlNetModel, byte[])>(() =>
        {
            var model = TestModels.FitRegressor(Linear.X[..200], Linear.Y[..200], t);
            return (model, model.ToOnnx());
        })).Value;

    /// <summary>Flattens rows into the row-major layout <c>OnnxModel.Predict</c> takes.</summary>
    public static float[] Flatten(float[][] rows) => [.. rows.SelectMany(r => r)];
}
