namespace Learnware.TestSupport;

/// <summary>One training row for ML.NET classifiers, labelled 0..C-1.</summary>
public sealed class ClassificationRow
{
    public float[] Features { get; set; } = [];

    public int Label { get; set; }
}
