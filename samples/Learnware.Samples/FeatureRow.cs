namespace Learnware.Samples;

/// <summary>Features only: the schema the ONNX export sees, so the label does not become a model input.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
