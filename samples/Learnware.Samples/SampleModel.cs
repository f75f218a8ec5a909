using Learnware.MLNet;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Learnware.Samples;

/// <summary>The trainers behind the sample learnwares, with settings that keep each file the same from run to run.</summary>
internal static class SampleModel
{
    /// <summary>Fits a classifier on labels 0..C-1 (all present).</summary>
    public static MlNetModel FitClassifier(float[][] x, int[] labels, SampleTrainer trainer) =>
        // One thread and fixed seeds keep the fitted model, and so the files written, the same from run to run.
        MlNetTraining.FitClassifier(x, labels, ml => trainer switch
        {
            SampleTrainer.MaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
            SampleTrainer.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = 60,
                NumberOfLeaves = 12,
                MinimumExampleCountPerLeaf = 20,
                UseSoftmax = true,
                NumberOfThreads = 1,
                Seed = 0,
                Deterministic = true,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "not a classification trainer"),
        });

    /// <summary>Fits a regressor.</summary>
    public static MlNetModel FitRegressor(float[][] x, float[] y, SampleTrainer trainer)
    {
        if (trainer != SampleTrainer.FastTree)
            throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "not a regression trainer");
        return MlNetTraining.FitRegressor(x, y, ml => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 10,
            NumberOfThreads = 1,
        }));
    }
}
