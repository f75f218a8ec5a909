namespace Learnware.Reuse.Tests.Support;

/// <summary>One ML.NET training row; the label is a class 0..C-1 (as a float for regression targets).</summary>
internal sealed class TrainingRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
