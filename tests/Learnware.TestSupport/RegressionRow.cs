namespace Learnware.TestSupport;

/// <summary>One training row for ML.NET regressors.</summary>
public sealed class RegressionRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
