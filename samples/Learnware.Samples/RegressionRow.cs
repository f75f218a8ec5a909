namespace Learnware.Samples;

/// <summary>A training row for a regressor.</summary>
internal sealed class RegressionRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
