namespace Learnware.MLNet;

/// <summary>A training row of a regressor: features and a target value.</summary>
public sealed class RegressionRow
{
    /// <summary>The feature vector.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>The target.</summary>
    public float Label { get; set; }
}
