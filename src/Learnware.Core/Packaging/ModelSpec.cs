namespace Learnware.Packaging;

/// <summary>The <c>model</c> section of the manifest: the ONNX file, what it does and its input and output.</summary>
public sealed record ModelSpec(string File, ModelKind Kind, ModelInputSpec Input, ModelOutputSpec Output);
