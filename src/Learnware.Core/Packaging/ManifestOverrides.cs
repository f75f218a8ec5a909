namespace Learnware.Packaging;

/// <summary>Choices that replace what <see cref="ManifestInference"/> would infer.</summary>
public sealed record ManifestOverrides
{
    /// <summary>The ONNX input to feed.</summary>
    public string? InputName { get; init; }

    /// <summary>The ONNX output to read.</summary>
    public string? OutputName { get; init; }

    /// <summary>How to read the output.</summary>
    public OutputMeaning? Meaning { get; init; }

    /// <summary>The class index of each output column (classifiers with probabilities or scores).</summary>
    public IReadOnlyList<int>? Classes { get; init; }
}
