namespace Learnware.Protocol.Training;

/// <summary>The L2 weight of the protocol's ML.NET L-BFGS classifiers (images and text).</summary>
public static class MlNetPenalty
{
    /// <summary>
    /// 1/n for n training rows: scikit-learn's default logistic regression (C = 1, a penalty of ‖w‖²/2 beside the loss
    /// summed over the rows), taking ML.NET's weight as applied against the mean loss. (A one-class user model on 20 text
    /// embeddings came from the unscaled features, not from this weight: see <c>TextLearnwareTrainer</c>.)
    /// </summary>
    public static float ForUnitC(int rows) => 1f / Math.Max(1, rows);
}
