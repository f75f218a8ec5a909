using Learnware.MLNet;
using Learnware.Protocol.Data;
using Learnware.Reuse;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Learnware.Protocol.Training;

/// <summary>
/// The classifier of the protocol's image and text learnwares and of their users' own models: the features min-max
/// scaled, then ML.NET's maximum-entropy classifier (L-BFGS, one thread) with an L2 weight of 1/n for n training rows.
/// </summary>
/// <remarks>
/// The weight 1/n is scikit-learn's default logistic regression (C = 1, a penalty of ‖w‖²/2 beside the loss summed over
/// the rows), taking ML.NET's weight as applied against the mean loss. The scaling comes first because on raw unit-length
/// sentence embeddings (values of a few hundredths) L-BFGS never leaves w = 0: on 20 texts of two fortune categories it
/// gave 0.5/0.5 for every text at any L2 weight or tolerance, and 0.75 accuracy on 120 held-out texts once scaled.
/// </remarks>
/// <param name="maximumIterations">Where L-BFGS stops at the latest.</param>
public sealed class MaximumEntropyClassifier(int maximumIterations)
{
    /// <summary>A classifier over the classes present in <paramref name="table"/>, with those classes in ascending order.</summary>
    public (MlNetModel Model, int[] Present) Fit(LabelledTable table, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ClassifierFit.Fit(table, ml => Estimator(ml, table.Rows), seed);
    }

    /// <summary>The model a user trains alone on <paramref name="labelled"/>, in the scenario's numbering of classes.</summary>
    public IReuser UserModel(LabelledTable labelled, int classCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        return ClassifierFit.UserModel(labelled, classCount, ml => Estimator(ml, labelled.Rows), seed);
    }

    private IEstimator<ITransformer> Estimator(MLContext ml, int rows) =>
        ml.Transforms.NormalizeMinMax("Features").Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                MaximumNumberOfIterations = maximumIterations, NumberOfThreads = 1, L2Regularization = 1f / Math.Max(1, rows),
            }));
}
