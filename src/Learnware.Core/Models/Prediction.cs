using Learnware.Numerics;
using Learnware.Packaging;

namespace Learnware.Models;

/// <summary>What a learnware predicted for a batch of rows, read through its manifest.</summary>
/// <param name="Kind">Classifier, regressor or feature extractor.</param>
/// <param name="Labels">Classifiers: the predicted class index of each row.</param>
/// <param name="Probabilities">Classifiers that give them: rows × classes, columns in class-index order.</param>
/// <param name="Values">Regressors and feature extractors: rows × outputs.</param>
public sealed record Prediction(ModelKind Kind, int[]? Labels, DenseMatrix? Probabilities, DenseMatrix? Values)
{
    /// <summary>Number of rows predicted.</summary>
    public int Rows => Labels?.Length ?? Values?.Rows ?? 0;
}
