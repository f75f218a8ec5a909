namespace Learnware.Reuse;

/// <summary>What the reused learnwares predict, and so how their predictions are combined.</summary>
public enum ReuseTask
{
    /// <summary>Class labels (and probabilities where the learnwares give them).</summary>
    Classification,

    /// <summary>Real values, one or more per row.</summary>
    Regression,
}
