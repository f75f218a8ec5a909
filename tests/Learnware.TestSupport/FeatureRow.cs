namespace Learnware.TestSupport;

/// <summary>A row with features only: the schema the ONNX export sees, so no label becomes a model input.</summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
