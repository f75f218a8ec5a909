namespace Learnware.Protocol.Training;

/// <summary>The L2 weight of the protocol's ML.NET L-BFGS classifiers (images and text).</summary>
public static class MlNetPenalty
{
    /// <summary>
    /// 1/n for n training rows: scikit-learn's default logistic regression (C = 1, a penalty of ‖w‖²/2 beside the loss
    /// summed over the rows), with ML.NET's weight taken against the mean loss. ML.NET's default weight of 1 held the
    /// weights near zero on small sets: the user's own model on 20 unit-length embeddings predicted one class for every text.
    /// </summary>
    public static float ForUnitC(int rows) => 1f / Math.Max(1, rows);
}
