namespace Learnware.MLNet;

/// <summary>A training row of a classifier: features and an integer class label.</summary>
public sealed class ClassificationRow
{
    /// <summary>The feature vector.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>The class label, 0..C-1.</summary>
    public int Label { get; set; }
}
