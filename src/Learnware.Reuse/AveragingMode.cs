namespace Learnware.Reuse;

/// <summary>How <see cref="AveragingReuser"/> combines the learnwares' predictions.</summary>
public enum AveragingMode
{
    /// <summary>
    /// The mean of each output column over the learnwares: per target for regressors, per class probability for
    /// classifiers (where it equals <see cref="VoteByProbability"/>).
    /// </summary>
    Mean,

    /// <summary>Majority vote of the predicted labels; ties go to the smallest label.</summary>
    VoteByLabel,

    /// <summary>The mean of the class probabilities; the most probable class wins, ties to the smallest label.</summary>
    VoteByProbability,
}
