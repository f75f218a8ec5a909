namespace Learnware.Tests.Models;

/// <summary>A row with features only: the schema the ONNX export sees, so no label becomes a model input.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
