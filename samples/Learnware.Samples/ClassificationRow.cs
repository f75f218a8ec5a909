namespace Learnware.Samples;

/// <summary>A training row for a classifier, labelled 0..C-1.</summary>
internal sealed class ClassificationRow
{
    public float[] Features { get; set; } = [];

    public int Label { get; set; }
}
