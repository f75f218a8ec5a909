namespace Learnware.Reuse;

/// <summary>How cross-validation scores a logistic regression's inverse penalty C on the held-out rows.</summary>
public enum CScoring
{
    /// <summary>Mean log-likelihood of the true class.</summary>
    LogLoss,

    /// <summary>Share of rows whose most probable class is the true one (the reference's choice).</summary>
    Accuracy,
}
