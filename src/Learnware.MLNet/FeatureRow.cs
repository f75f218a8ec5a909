namespace Learnware.MLNet;

/// <summary>A row with features only: what the exported model takes.</summary>
public sealed class FeatureRow
{
    /// <summary>The feature vector.</summary>
    public float[] Features { get; set; } = [];
}
