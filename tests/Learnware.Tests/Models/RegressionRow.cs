namespace Learnware.Tests.Models;

/// <summary>One training row for ML.NET regressors.</summary>
internal sealed class RegressionRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
