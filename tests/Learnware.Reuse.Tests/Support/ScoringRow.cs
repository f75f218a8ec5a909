namespace Learnware.Reuse.Tests.Support;

/// <summary>Features only: the schema the ONNX export sees, so the label does not become a model input.</summary>
internal sealed class ScoringRow
{
    public float[] Features { get; set; } = [];
}
