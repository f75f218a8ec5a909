using Learnware.MLNet;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Learnware.TestSupport;

/// <summary>Trains small ML.NET models and exports them to ONNX as test fixtures.</summary>
public static class TestModels
{
    /// <summary>
    /// Trains a multiclass classifier on labels 0..C-1 and exports it. Its <c>Score.output</c> is [N, C]
    /// with class probabilities in label order 0..C-1.
    /// </summary>
    public static byte[] TrainClassifierOnnx(
        float[][] x, int[] labels, ClassifierTrainer trainer = ClassifierTrainer.LbfgsMaximumEntropy) =>
        FitClassifier(x, labels, trainer).ToOnnx();

    /// <summary>Trains a regressor and exports it; its <c>Score.output</c> holds one prediction per row.</summary>
    public static byte[] TrainRegressorOnnx(float[][] x, float[] y, RegressorTrainer trainer = RegressorTrainer.Sdca) =>
        FitRegressor(x, y, trainer).ToOnnx();

    /// <summary>Fits the classifier that <see cref="TrainClassifierOnnx"/> exports, kept in process.</summary>
    public static MlNetModel FitClassifier(float[][] x, int[] labels, ClassifierTrainer trainer) =>
        MlNetTraining.FitClassifier(x, labels, ml => trainer switch
        {
            ClassifierTrainer.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
            ClassifierTrainer.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(
                new LightGbmMulticlassTrainer.Options
                {
                    NumberOfIterations = 30,
                    NumberOfLeaves = 8,
                    MinimumExampleCountPerLeaf = 5,
                    UseSoftmax = true,
                    NumberOfThreads = 1,
                    Seed = 0,
                    Deterministic = true,
                }),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
        });

    /// <summary>Fits the regressor that <see cref="TrainRegressorOnnx"/> exports, kept in process.</summary>
    public static MlNetModel FitRegressor(float[][] x, float[] y, RegressorTrainer trainer) =>
        MlNetTraining.FitRegressor(x, y, ml => trainer switch
        {
            // One thread keeps SDCA's update order, and so the fitted weights, the same from run to run.
            RegressorTrainer.Sdca => ml.Regression.Trainers.Sdca(
                new SdcaRegressionTrainer.Options { NumberOfThreads = 1 }),
            RegressorTrainer.FastTree => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                NumberOfTrees = 30,
                NumberOfLeaves = 8,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
            }),
            RegressorTrainer.LightGbm => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                NumberOfIterations = 30,
                NumberOfLeaves = 8,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
                Seed = 0,
                Deterministic = true,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
        });
}
