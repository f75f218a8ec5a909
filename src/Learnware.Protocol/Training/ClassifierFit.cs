using Learnware.MLNet;
using Learnware.Protocol.Data;
using Learnware.Reuse;
using Microsoft.ML;

namespace Learnware.Protocol.Training;

/// <summary>
/// Fits ML.NET classifiers on the classes a table holds (an uploader's or a user's rows need not hold every class of the
/// scenario): the labels are renumbered 0..c−1 for ML.NET and mapped back for the package or the user's predictions.
/// </summary>
public static class ClassifierFit
{
    /// <summary>A classifier over the classes present in <paramref name="table"/>, with those classes in ascending order.</summary>
    public static (MlNetModel Model, int[] Present) Fit(LabelledTable table, Func<MLContext, IEstimator<ITransformer>> trainer, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        var labels = table.Labels();
        var present = labels.Distinct().Order().ToArray();
        var local = labels.Select(l => Array.BinarySearch(present, l)).ToArray();
        return (MlNetTraining.FitClassifier(table.FloatRows(), local, trainer, seed), present);
    }

    /// <summary>
    /// The model a user trains alone on <paramref name="labelled"/>, predicting in the scenario's numbering of
    /// <paramref name="classCount"/> classes; a single labelled class gives the model that predicts it.
    /// </summary>
    public static IReuser UserModel(LabelledTable labelled, int classCount, Func<MLContext, IEstimator<ITransformer>> trainer, int seed)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var labels = labelled.Labels();
        if (labels.Distinct().Count() == 1)
            return new ConstantClassModel(labels[0], classCount);
        var (model, present) = Fit(labelled, trainer, seed);
        return new MlNetUserModel(model, present, classCount);
    }
}
